package fi.tiekartta.progress.indicators;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.reporting.NationalIndicatorData;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A national aggregate indicator as the views show it, whole, as its latest event carried it: how {@code total}
 * units of observation were distributed over categories in a period, as a cited source reported it. It names no
 * region.
 *
 * @param programmeCode the programme's code as region-service last learnt it, or null
 * @param measureId     the measure it relates to, or null
 * @param measureCode   that measure's code, or null
 * @param changedBy     who recorded or last corrected it
 * @param changedAt     when
 */
public record NationalIndicator(String indicatorId, String programmeId, String programmeCode, String measureId,
        String measureCode, LocalizedText title, PeriodData observedPeriod, LocalizedText unitOfObservation, int total,
        List<NationalIndicatorData.Category> categories, NationalIndicatorData.Source source, LocalizedText note,
        BasisData basis, String changedBy, Instant changedAt) {

    /** Where the indicators are kept, one document per indicator id (earlier states in {@code …_history}). */
    public static final String COLLECTION = "national_indicators";

    /** By the start of the observed period (unknown last), then by id: the order region-service lists them in. */
    public static final Comparator<NationalIndicator> BY_PERIOD = Comparator
            .comparing((NationalIndicator indicator) -> indicator.observedPeriod() == null ? null : indicator.observedPeriod().start(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NationalIndicator::indicatorId, Comparator.nullsLast(Comparator.naturalOrder()));
}
