package fi.tiekartta.regional.rounds;

import fi.tiekartta.platform.aggregate.AggregateRepository;
import fi.tiekartta.platform.aggregate.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.Instant;

/** The reporting rounds, with the queries region-service asks of them. */
public interface ReportingRounds extends AggregateRepository<ReportingRound> {

    /** The rounds matching the filter, by deadline (then id). */
    Page<Versioned<ReportingRound>> matching(RoundFilter filter, Pageable page);

    /** The rounds that are {@link ReportingRound#isDueAt due} at {@code now}: open, deadline reached; by id. */
    Page<Versioned<ReportingRound>> dueAt(Instant now, Pageable page);
}
