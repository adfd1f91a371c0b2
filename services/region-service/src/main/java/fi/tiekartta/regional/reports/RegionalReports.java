package fi.tiekartta.regional.reports;

import fi.tiekartta.platform.aggregate.AggregateRepository;
import fi.tiekartta.platform.aggregate.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The regional reports, with the queries region-service asks of them. A report's id follows from its cell
 * ({@link RegionalReport#idOf}), so creating a second report of a cell fails on the id.
 */
public interface RegionalReports extends AggregateRepository<RegionalReport> {

    /** A region's reports matching the filter, by round and measure. */
    Page<Versioned<RegionalReport>> matching(ReportFilter filter, Pageable page);

    /** The reports of a round, by id. */
    Page<Versioned<RegionalReport>> ofRound(String roundId, Pageable page);
}
