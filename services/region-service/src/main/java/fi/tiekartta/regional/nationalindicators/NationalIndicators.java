package fi.tiekartta.regional.nationalindicators;

import fi.tiekartta.platform.aggregate.AggregateRepository;
import fi.tiekartta.platform.aggregate.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The national indicators, with every revision kept, and the listing region-service offers of them. */
public interface NationalIndicators extends AggregateRepository<NationalIndicator> {

    /** The indicators matching the filter, in the order they were observed (by the observed period's start, then id). */
    Page<Versioned<NationalIndicator>> matching(IndicatorFilter filter, Pageable page);
}
