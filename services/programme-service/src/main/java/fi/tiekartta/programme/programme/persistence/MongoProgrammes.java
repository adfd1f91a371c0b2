package fi.tiekartta.programme.programme.persistence;

import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.platform.outbox.OutboxEvent;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.platform.persistence.MongoPages;
import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.programme.ProgrammeId;
import fi.tiekartta.programme.programme.ProgrammeLevel;
import fi.tiekartta.programme.programme.Programmes;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Stores programmes in the {@code programmes} collection. A new programme and its events are inserted
 * as one document, so the outbox needs no multi-document transaction.
 */
@Repository
class MongoProgrammes implements Programmes {

    private final MongoTemplate mongo;
    private final OutboxEvents outboxEvents;

    MongoProgrammes(MongoTemplate mongo, OutboxEvents outboxEvents) {
        this.mongo = mongo;
        this.outboxEvents = outboxEvents;
    }

    @Override
    public Programme add(Programme programme) {
        if (!programme.isNew()) {
            throw new IllegalArgumentException("Programme " + programme.id() + " is stored already");
        }
        long version = 0;
        List<OutboxEvent> events = programme.recordedEvents().stream()
                .map(event -> toOutboxEvent(event, programme, version))
                .toList();
        ProgrammeDocument stored = mongo.insert(new ProgrammeDocument(programme.id().value(), programme.code(),
                programme.names(), programme.level().name(), programme.ownerOrganisation(), programme.createdBy(),
                programme.createdAt(), version, events));
        return toProgramme(stored);
    }

    @Override
    public Optional<Programme> findById(ProgrammeId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ProgrammeDocument.class)).map(MongoProgrammes::toProgramme);
    }

    @Override
    public Page<Programme> findAll(Pageable pageable) {
        Query byCode = new Query().with(Sort.by("code"));
        return MongoPages.find(mongo, byCode, pageable, ProgrammeDocument.class).map(MongoProgrammes::toProgramme);
    }

    private <T> OutboxEvent toOutboxEvent(PendingEvent<T> event, Programme programme, long version) {
        return outboxEvents.create(event.contract(), programme.id().value(), version, event.occurredAt(), event.data());
    }

    private static Programme toProgramme(ProgrammeDocument document) {
        return Programme.restore(new ProgrammeId(document.id()), document.code(), document.names(),
                ProgrammeLevel.valueOf(document.level()), document.ownerOrganisation(), document.createdBy(),
                document.createdAt(), document.version());
    }
}
