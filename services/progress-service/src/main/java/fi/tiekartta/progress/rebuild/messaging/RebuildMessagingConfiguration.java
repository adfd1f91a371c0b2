package fi.tiekartta.progress.rebuild.messaging;

import fi.tiekartta.progress.rebuild.Replay;
import fi.tiekartta.progress.rebuild.ServingConsumers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/** The consumers' side of a rebuild, in the serving context only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
class RebuildMessagingConfiguration {

    @Bean
    Replay replay(ConfigurableEnvironment environment, KafkaAdmin kafkaAdmin) {
        return new KafkaReplay(environment, kafkaAdmin);
    }

    @Bean
    ServingConsumers servingConsumers(KafkaListenerEndpointRegistry registry) {
        return new KafkaServingConsumers(registry);
    }
}
