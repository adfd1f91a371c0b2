package fi.tiekartta.programme.programme.persistence;

import fi.tiekartta.platform.outbox.OutboxEvent;
import fi.tiekartta.programme.programme.Names;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** How a programme is stored: its state, its version and the events still waiting for the relay. */
@Document(ProgrammeDocument.COLLECTION)
record ProgrammeDocument(
        @Id String id,
        @Indexed(unique = true) String code,
        Names names,
        String level,
        String ownerOrganisation,
        String createdBy,
        Instant createdAt,
        long version,
        List<OutboxEvent> pendingEvents) {

    static final String COLLECTION = "programmes";
}
