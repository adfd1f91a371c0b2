package fi.tiekartta.programme.programme.persistence;

import fi.tiekartta.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the outbox relay to publish the events stored with programmes. */
@Configuration(proxyBeanMethods = false)
class ProgrammeOutboxConfiguration {

    @Bean
    OutboxCollection programmeOutbox() {
        return new OutboxCollection(ProgrammeDocument.COLLECTION);
    }
}
