package fi.tiekartta.platform.messaging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event data mapping, and where this deployment publishes its event schemas ({@link PublicEventsProperties}):
 * both are needed by any service that records or reads events.
 */
@AutoConfiguration
@EnableConfigurationProperties(PublicEventsProperties.class)
public class EventJsonAutoConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }
}
