package fi.tiekartta.platform.messaging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class EventJsonAutoConfiguration {

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }
}
