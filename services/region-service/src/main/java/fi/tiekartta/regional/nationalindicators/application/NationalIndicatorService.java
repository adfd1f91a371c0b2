package fi.tiekartta.regional.nationalindicators.application;

import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.regional.nationalindicators.IndicatorFilter;
import fi.tiekartta.regional.nationalindicators.NationalIndicator;
import fi.tiekartta.regional.nationalindicators.NationalIndicators;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What can be done with national indicators: admins record and correct them (the indicator checks its own
 * rules), everyone reads them. A write causes no event (see {@link NationalIndicator}); each is kept as a revision.
 */
@Service
public class NationalIndicatorService {

    private final NationalIndicators indicators;
    private final Clock clock;

    NationalIndicatorService(NationalIndicators indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    public Versioned<NationalIndicator> record(NationalIndicator indicator, String actor) {
        return indicators.create(UUID.randomUUID().toString(), Decision.of(indicator), actor, clock.instant());
    }

    /**
     * Replaces the indicator with its correction; one that changes nothing keeps the version. The correction is
     * built (and so checked) after the version check: a client that has not seen the current indicator hears
     * 412, not a verdict on what it sent.
     */
    public Versioned<NationalIndicator> correct(String id, long expectedVersion, Supplier<NationalIndicator> correction,
            String actor) {
        return indicators.update(id, expectedVersion, actor, clock.instant(), current -> Decision.of(correction.get()));
    }

    /** The indicator now or, with {@code asOf}, as it was then. */
    public Versioned<NationalIndicator> get(String id, Instant asOf) {
        return indicators.get(id, asOf);
    }

    public List<Revision> history(String id) {
        return indicators.history(id);
    }

    public Page<Versioned<NationalIndicator>> list(IndicatorFilter filter, Pageable page) {
        return indicators.matching(filter, page);
    }
}
