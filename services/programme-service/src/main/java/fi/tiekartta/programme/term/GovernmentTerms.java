package fi.tiekartta.programme.term;

import fi.tiekartta.platform.aggregate.AggregateRepository;
import fi.tiekartta.platform.aggregate.Versioned;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The government terms this context keeps (id = the term's years, e.g. {@code 2023-2027}). */
public interface GovernmentTerms extends AggregateRepository<GovernmentTerm> {

    /** Every term, oldest first (there are a few dozen at most). */
    List<Versioned<GovernmentTerm>> chronological();

    /** The term with the latest years, if any. */
    Optional<GovernmentTerm> latest();

    /** The ids of the terms that exist: what a programme or a roadmap may name. */
    Set<String> knownIds();
}
