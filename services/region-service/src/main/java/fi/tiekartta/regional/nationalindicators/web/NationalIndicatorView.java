package fi.tiekartta.region.nationalindicators.web;

import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.Text;
import fi.tiekartta.platform.web.PeriodView;
import fi.tiekartta.region.nationalindicators.IndicatorCategory;
import fi.tiekartta.region.nationalindicators.IndicatorSource;
import fi.tiekartta.region.nationalindicators.NationalIndicator;

import java.time.Instant;
import java.util.List;

/** A national indicator as the API shows it: the distribution of {@code total} units over the categories. */
record NationalIndicatorView(String id, String programmeId, String measureId, Text title, PeriodView observedPeriod,
        Text unitOfObservation, int total, List<IndicatorCategory> categories, IndicatorSource source, Text note,
        long version, String createdBy, Instant createdAt, String lastChangedBy, Instant lastChangedAt) {

    static NationalIndicatorView of(Versioned<NationalIndicator> stored) {
        NationalIndicator indicator = stored.state();
        return new NationalIndicatorView(stored.id(), indicator.programmeId(), indicator.measureId(), indicator.title(),
                PeriodView.of(indicator.observedPeriod().period()), indicator.unitOfObservation(), indicator.total(),
                indicator.categories(), indicator.source(), indicator.note(), stored.version(), stored.createdBy(),
                stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
