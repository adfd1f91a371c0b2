package fi.tiekartta.programme;

import fi.tiekartta.platform.aggregate.AggregateRepository;
import fi.tiekartta.platform.aggregate.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.Collection;
import java.util.List;

/** The programmes this context keeps, and the questions it asks about them. A code is taken once (a DuplicateKeyException otherwise). */
public interface Programmes extends AggregateRepository<Programme> {

    /** The programmes the filter lets through, in the order of their codes. */
    Page<Versioned<Programme>> matching(ProgrammeFilter filter, Pageable page);

    /** The programmes with any of these codes (a roadmap names at most 50). */
    List<Versioned<Programme>> withCodes(Collection<String> codes);
}
