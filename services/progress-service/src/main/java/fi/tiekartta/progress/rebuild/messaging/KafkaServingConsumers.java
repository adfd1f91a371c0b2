package fi.tiekartta.progress.rebuild.messaging;

import fi.tiekartta.progress.rebuild.ServingConsumers;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Collection;

/**
 * The serving context's {@code @KafkaListener} containers. Pausing takes effect at a container's next poll: the
 * records it fetched before are applied first; {@link #pause} waits for that.
 */
class KafkaServingConsumers implements ServingConsumers {

    private final KafkaListenerEndpointRegistry registry;

    KafkaServingConsumers(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean pause(Duration timeout) {
        Collection<MessageListenerContainer> containers = registry.getListenerContainers();
        containers.forEach(MessageListenerContainer::pause);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (containers.stream().allMatch(container -> !container.isRunning() || container.isContainerPaused())) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Override
    public void resume() {
        registry.getListenerContainers().forEach(MessageListenerContainer::resume);
    }
}
