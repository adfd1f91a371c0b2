package fi.tiekartta.integration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tiekartta's public events for outside systems that do not read Kafka themselves: a retained log of every public
 * event ({@code eventlog}), served as a server-sent-events stream and as pages ({@code stream}), and signed webhook
 * deliveries to registered receivers ({@code webhooks}). It owns no domain decisions; everything it serves comes from
 * the public topics. See docs/services/integration-service.md.
 */
@SpringBootApplication
public class IntegrationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntegrationServiceApplication.class, args);
    }
}
