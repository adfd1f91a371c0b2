package fi.tiekartta.regional.nationalindicators.application;

import fi.tiekartta.platform.idempotency.IdempotentIds;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.regional.nationalindicators.IndicatorFilter;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.nationalindicators.NationalIndicator;
import fi.tiekartta.regional.nationalindicators.NationalIndicatorRules;
import fi.tiekartta.regional.nationalindicators.NationalIndicators;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import fi.tiekartta.regional.programmes.KnownProgramme;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What can be done with national indicators: admins record and correct them (the indicator checks its own
 * rules, {@link NationalIndicatorRules} says which event each write causes), everyone reads them. Each write is
 * kept as a revision.
 */
@Service
public class NationalIndicatorService {

    private final NationalIndicators indicators;
    private final ProgrammeCatalogue programmes;
    private final MeasureCatalogue measures;
    private final HumanKeys keys;
    private final Clock clock;

    NationalIndicatorService(NationalIndicators indicators, ProgrammeCatalogue programmes, MeasureCatalogue measures,
            HumanKeys keys, Clock clock) {
        this.indicators = indicators;
        this.programmes = programmes;
        this.measures = measures;
        this.keys = keys;
        this.clock = clock;
    }

    public Versioned<NationalIndicator> record(NationalIndicator indicator, String actor) {
        String id = IdempotentIds.newId();
        Instant now = clock.instant();
        return indicators.create(id, NationalIndicatorRules.record(id, indicator, keys, actor, now), actor, now);
    }

    /**
     * Replaces the indicator with its correction; one that changes nothing keeps the version. The correction is
     * built (and so checked) after the version check: a client that has not seen the current indicator hears
     * 412, not a verdict on what it sent.
     */
    public Versioned<NationalIndicator> correct(String id, long expectedVersion, Supplier<NationalIndicator> correction,
            String actor) {
        Instant now = clock.instant();
        return indicators.update(id, expectedVersion, actor, now,
                current -> NationalIndicatorRules.correct(id, current, correction.get(), keys, actor, now));
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

    /**
     * The indicators by programme and measure, each by id and/or code ({@code programmeCode} e.g. THL-RSO,
     * {@code measureCode} e.g. RSO1.B); a code nothing is known by matches none.
     */
    public Page<Versioned<NationalIndicator>> list(String programmeId, String programmeCode, String measureId,
            String measureCode, Pageable page) {
        Set<String> programmeIds = ids(programmeId, programmeCode == null ? null
                : programmes.withCode(programmeCode).stream().map(KnownProgramme::programmeId).toList());
        Set<String> measureIds = ids(measureId, measureCode == null ? null
                : measures.withCode(measureCode).stream().map(KnownMeasure::measureId).toList());
        return indicators.matching(new IndicatorFilter(programmeIds, measureIds), page);
    }

    /** The ids matching both the id and the ids a code stands for; null when neither is given. */
    private static Set<String> ids(String id, List<String> byCode) {
        if (id == null && byCode == null) {
            return null;
        }
        Set<String> ids = new HashSet<>(id == null ? byCode : List.of(id));
        if (id != null && byCode != null) {
            ids.retainAll(byCode);
        }
        return ids;
    }
}
