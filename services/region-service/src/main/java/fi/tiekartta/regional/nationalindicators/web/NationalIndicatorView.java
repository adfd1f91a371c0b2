package fi.tiekartta.regional.nationalindicators.web;

import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.nationalindicators.IndicatorCategory;
import fi.tiekartta.regional.nationalindicators.IndicatorSource;
import fi.tiekartta.regional.nationalindicators.NationalIndicator;

import java.time.Instant;
import java.util.List;

/**
 * A national indicator as the API shows it: the distribution of {@code total} units over the categories, with the
 * programme's and the measure's codes next to their ids (as last learnt; null where not) and its {@code basis}.
 */
record NationalIndicatorView(String id, String programmeId, String programmeCode, String measureId, String measureCode,
        Text title, PeriodData observedPeriod, Text unitOfObservation, int total, List<IndicatorCategory> categories,
        IndicatorSource source, Text note, Basis basis, long version, String createdBy, Instant createdAt,
        String lastChangedBy, Instant lastChangedAt) {

    static NationalIndicatorView of(Versioned<NationalIndicator> stored, HumanKeys keys) {
        NationalIndicator indicator = stored.state();
        return new NationalIndicatorView(stored.id(), indicator.programmeId(), keys.programmeCode(indicator.programmeId()),
                indicator.measureId(), indicator.measureId() == null ? null : keys.measure(indicator.measureId()).code(),
                indicator.title(), indicator.observedPeriod().period().toData(), indicator.unitOfObservation(),
                indicator.total(), indicator.categories(), indicator.source(), indicator.note(), indicator.basis(),
                stored.version(), stored.createdBy(), stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
