package fi.tiekartta.programme.application;

import fi.tiekartta.platform.idempotency.IdempotentIds;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.ProgrammeFilter;
import fi.tiekartta.programme.ProgrammeRules;
import fi.tiekartta.programme.Programmes;
import fi.tiekartta.programme.term.GovernmentTerms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Defining, revising and reading programmes: what the API and the roadmap import both call. */
@Service
public class ProgrammeService {

    private final Programmes programmes;
    private final GovernmentTerms terms;
    private final Clock clock;

    ProgrammeService(Programmes programmes, GovernmentTerms terms, Clock clock) {
        this.programmes = programmes;
        this.terms = terms;
        this.clock = clock;
    }

    /** A new programme under a new id; 409 when its code is taken, 422 when it relates to a programme that does not exist. */
    public Versioned<Programme> define(Programme programme, String actor) {
        ProgrammeRules.checkRelations(programme, existingCodes(programme));
        return define(IdempotentIds.newId(), programme, actor);
    }

    /** The programme as revised, if {@code expectedVersion} is still its version (412 otherwise). */
    public Versioned<Programme> revise(String id, long expectedVersion, Programme revised, String actor) {
        ProgrammeRules.checkRelations(revised, existingCodes(revised));
        return reviseChecked(id, expectedVersion, revised, actor);
    }

    private Versioned<Programme> reviseChecked(String id, long expectedVersion, Programme revised, String actor) {
        Instant now = clock.instant();
        return uniqueCode(revised, () -> programmes.update(id, expectedVersion, actor, now,
                current -> ProgrammeRules.revise(id, current, revised, terms.knownIds(), actor, now)));
    }

    /**
     * A programme of an accepted roadmap import, under the id the import gave it: defined if new, revised if it
     * differs, left alone if not, so applying the same import again changes nothing. The programmes it relates to
     * by code were checked with the whole document (they may be defined by the same import, a little later).
     */
    public void applyImported(String id, Programme programme, String actor) {
        Optional<Versioned<Programme>> current = programmes.find(id);
        if (current.isEmpty()) {
            define(id, programme, actor);
        } else {
            reviseChecked(id, current.get().version(), programme, actor);
        }
    }

    public Versioned<Programme> get(String id, Instant asOf) {
        return programmes.get(id, asOf);
    }

    public List<Revision> history(String id) {
        return programmes.history(id);
    }

    public Page<Versioned<Programme>> matching(ProgrammeFilter filter, Pageable page) {
        return programmes.matching(filter, page);
    }

    private Versioned<Programme> define(String id, Programme programme, String actor) {
        Instant now = clock.instant();
        return uniqueCode(programme, () -> programmes.create(id,
                ProgrammeRules.define(id, programme, terms.knownIds(), actor, now), actor, now));
    }

    /** The codes among those the programme relates to that programmes are kept under. */
    private Set<String> existingCodes(Programme programme) {
        List<String> related = programme.relatedCodes();
        return related.isEmpty() ? Set.of()
                : programmes.withCodes(related).stream().map(stored -> stored.state().code()).collect(Collectors.toSet());
    }

    private static Versioned<Programme> uniqueCode(Programme programme, Supplier<Versioned<Programme>> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A programme with code " + programme.code() + " exists already.");
        }
    }
}
