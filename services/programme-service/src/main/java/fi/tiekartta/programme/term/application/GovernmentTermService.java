package fi.tiekartta.programme.term.application;

import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.programme.term.GovernmentTerm;
import fi.tiekartta.programme.term.GovernmentTermRules;
import fi.tiekartta.programme.term.GovernmentTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Adding, changing and reading government terms: what the API and the start-up reference data both call. */
@Service
public class GovernmentTermService {

    private static final Logger log = LoggerFactory.getLogger(GovernmentTermService.class);

    private final GovernmentTerms terms;
    private final Clock clock;

    GovernmentTermService(GovernmentTerms terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    /** The next term; a term added twice is a DuplicateKeyException (409). */
    public Versioned<GovernmentTerm> add(GovernmentTerm term, String actor) {
        Instant now = clock.instant();
        return terms.create(term.id(), GovernmentTermRules.add(term, terms.latest(), now), actor, now);
    }

    /**
     * The term as {@code edit} changes it, if {@code expectedVersion} is still its version (412 otherwise, before
     * {@code edit} is asked).
     */
    public Versioned<GovernmentTerm> change(String id, long expectedVersion, String actor, UnaryOperator<GovernmentTerm> edit) {
        Instant now = clock.instant();
        return terms.update(id, expectedVersion, actor, now, current -> GovernmentTermRules.change(current, edit.apply(current), now));
    }

    /**
     * Adds the reference terms that are not stored yet. Terms already stored are left as they are: admins may have
     * recorded later facts (an end date, a new government) that the reference data does not have. Safe with
     * several replicas starting at once.
     */
    public void addMissingReferenceTerms(List<GovernmentTerm> reference, String actor) {
        for (GovernmentTerm term : reference) {
            if (terms.find(term.id()).isPresent()) {
                continue;
            }
            Instant now = clock.instant();
            try {
                terms.create(term.id(), GovernmentTermRules.addFromReferenceData(term, now), actor, now);
                log.info("Added government term {} from the reference data", term.id());
            } catch (DuplicateKeyException addedByAnotherReplica) {
                log.debug("Government term {} was added meanwhile", term.id());
            }
        }
    }

    public List<Versioned<GovernmentTerm>> chronological() {
        return terms.chronological();
    }

    public Versioned<GovernmentTerm> get(String id, Instant asOf) {
        return terms.get(id, asOf);
    }

    public List<Revision> history(String id) {
        return terms.history(id);
    }
}
