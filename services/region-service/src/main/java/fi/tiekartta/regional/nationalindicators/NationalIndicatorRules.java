package fi.tiekartta.regional.nationalindicators;

import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.reporting.NationalIndicatorChanged;
import fi.tiekartta.contracts.reporting.NationalIndicatorData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.keys.HumanKeys;

import java.time.Instant;

/**
 * Recording and correcting a national indicator, each with the event that tells the read side and other systems
 * ({@code national-indicator.recorded.v1}, {@code ….corrected.v1}, the whole indicator with its human keys). The
 * indicator keeps its own rules ({@link NationalIndicator}); a correction that changes nothing causes nothing.
 */
public final class NationalIndicatorRules {

    private NationalIndicatorRules() {
    }

    public static Decision<NationalIndicator> record(String id, NationalIndicator indicator, HumanKeys keys, String actor,
            Instant now) {
        return Decision.of(indicator, PendingEvent.of(ReportingEvents.INDICATOR_RECORDED,
                new NationalIndicatorChanged(data(id, indicator, keys), actor, now), now));
    }

    public static Decision<NationalIndicator> correct(String id, NationalIndicator before, NationalIndicator after,
            HumanKeys keys, String actor, Instant now) {
        if (after.equals(before)) {
            return Decision.of(before);
        }
        return Decision.of(after, PendingEvent.of(ReportingEvents.INDICATOR_CORRECTED,
                new NationalIndicatorChanged(data(id, after, keys), actor, now), now));
    }

    /** The indicator as events carry it, with the codes of its programme and measure as last learnt. */
    public static NationalIndicatorData data(String id, NationalIndicator indicator, HumanKeys keys) {
        return new NationalIndicatorData(id, indicator.programmeId(), keys.programmeCode(indicator.programmeId()),
                indicator.measureId(), indicator.measureId() == null ? null : keys.measure(indicator.measureId()).code(),
                indicator.title().toEvent(), indicator.observedPeriod().period().toData(),
                indicator.unitOfObservation().toEvent(), indicator.total(),
                indicator.categories().stream().map(category -> new NationalIndicatorData.Category(category.key(),
                        category.label().toEvent(), category.count(), text(category.note()))).toList(),
                new NationalIndicatorData.Source(indicator.source().citation().toEvent(), indicator.source().url()),
                text(indicator.note()), Basis.toEvent(indicator.basis()));
    }

    private static fi.tiekartta.contracts.LocalizedText text(Text text) {
        return text == null ? null : text.toEvent();
    }
}
