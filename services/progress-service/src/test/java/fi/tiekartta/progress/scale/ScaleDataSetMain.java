package fi.tiekartta.progress.scale;

import fi.tiekartta.platform.messaging.EventJson;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark entry point: sends the full-size {@link ScaleDataSet} (3 programmes × 7 work packages × 60 measures
 * × 8 rounds × 22 organisers) to a running local stack's Kafka, as the producing services would (CloudEvents in
 * binary mode, keyed by aggregate id, idempotent producer), for progress-service to consume. See
 * deploy/bench/README.md.
 * <p>
 * Arguments, all optional, as {@code key=value}: {@code bootstrap} (default {@code localhost:9092}), {@code seed}
 * (default 1; another seed gives other programmes, so a stack can take the set more than once), {@code programmes},
 * {@code workPackages}, {@code measures}, {@code milestones} (per work package), {@code rounds} (defaults: the full
 * size), and {@code dry-run=true} to build the set and print its size without sending it.
 */
public final class ScaleDataSetMain {

    private ScaleDataSetMain() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                System.err.println("usage: ScaleDataSetMain [bootstrap=localhost:9092] [seed=1] [programmes=3] [workPackages=7]"
                        + " [measures=60] [milestones=4] [rounds=8] [dry-run=true]");
                System.exit(2);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        ScaleDataSet.Size full = ScaleDataSet.Size.full();
        ScaleDataSet.Size size = new ScaleDataSet.Size(
                intOption(options, "programmes", full.programmes()),
                intOption(options, "workPackages", full.workPackages()),
                intOption(options, "measures", full.measures()),
                intOption(options, "milestones", full.milestonesPerWorkPackage()),
                intOption(options, "rounds", full.rounds()));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        String bootstrap = options.getOrDefault("bootstrap", "localhost:9092");

        long built = System.nanoTime();
        ScaleDataSet data = ScaleDataSet.build(size, seed, new EventJson());
        System.out.printf("built %s, seed %d: %d events, %d regional reports, in %d ms%n", size, seed, data.events().size(),
                data.reports(), (System.nanoTime() - built) / 1_000_000);
        data.programmes().forEach(programme -> System.out.printf("  programme %s (%s): %d measures, rounds %s%n", programme.code(),
                programme.programmeId(), programme.measureIds().size(), programme.roundIds()));
        if (Boolean.parseBoolean(options.getOrDefault("dry-run", "false"))) {
            return;
        }

        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        DefaultKafkaProducerFactory<String, CloudEvent> factory = new DefaultKafkaProducerFactory<>(config);
        try {
            long sending = System.nanoTime();
            data.send(new KafkaTemplate<>(factory));
            System.out.printf("sent %d events to %s in %d ms%n", data.events().size(), bootstrap,
                    (System.nanoTime() - sending) / 1_000_000);
        } finally {
            factory.destroy();
        }
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }
}
