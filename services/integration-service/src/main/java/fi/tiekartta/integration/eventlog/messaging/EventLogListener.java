package fi.tiekartta.integration.eventlog.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.integration.eventlog.EventLog;
import fi.tiekartta.integration.events.PublicEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Appends every public event of the four public topics to the {@link EventLog}, once (a redelivery finds it there).
 * One consumer (concurrency 1) in a group of its own, so that positions follow the order in which it consumes; an
 * event of another type (internal, or not known to this version) is skipped. An event of a public type that cannot be
 * passed on (no data, data against its schema, no {@code aggregateversion}) throws
 * {@link fi.tiekartta.platform.messaging.InvalidEventException}, and the platform's error handler puts it in the
 * topic's dead-letter topic; any other failure (MongoDB away) is retried with backoff before that.
 */
@Component
class EventLogListener {

    private static final Logger log = LoggerFactory.getLogger(EventLogListener.class);

    private final EventLog eventLog;

    EventLogListener(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    // Topics.ALL, spelled out: an annotation takes constants only
    @KafkaListener(id = "event-log", topics = {Topics.PROGRAMMES, Topics.WORK_PACKAGES, Topics.MILESTONES,
            Topics.REGIONAL_REPORTING}, groupId = "${spring.application.name}.event-log", concurrency = "1")
    void on(ConsumerRecord<String, ?> record) {
        PublicEvent.from(record).ifPresentOrElse(event -> {
            EventLog.Appended appended = eventLog.append(event);
            if (appended.duplicate()) {
                log.debug("Event {} is in the log already, at {}", event.id(), appended.position());
            }
        }, () -> log.debug("Skipping {}: not a public event", record.topic() + "-" + record.partition() + "@" + record.offset()));
    }
}
