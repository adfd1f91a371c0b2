package fi.tiekartta.regional.nationalindicators.web;

import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.regional.nationalindicators.IndicatorCategory;
import fi.tiekartta.regional.nationalindicators.IndicatorSource;
import fi.tiekartta.regional.nationalindicators.NationalIndicator;

import java.time.Instant;
import java.util.List;

/** A national indicator as the API shows it: the distribution of {@code total} units over the categories. */
record NationalIndicatorView(String id, String programmeId, String measureId, Text title, PeriodData observedPeriod,
        Text unitOfObservation, int total, List<IndicatorCategory> categories, IndicatorSource source, Text note,
        long version, String createdBy, Instant createdAt, String lastChangedBy, Instant lastChangedAt) {

    static NationalIndicatorView of(Versioned<NationalIndicator> stored) {
        NationalIndicator indicator = stored.state();
        return new NationalIndicatorView(stored.id(), indicator.programmeId(), indicator.measureId(), indicator.title(),
                indicator.observedPeriod().period().toData(), indicator.unitOfObservation(), indicator.total(),
                indicator.categories(), indicator.source(), indicator.note(), stored.version(), stored.createdBy(),
                stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
