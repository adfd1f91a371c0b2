package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.util.List;

/**
 * A national aggregate indicator as events carry it, whole: how {@code total} units of observation were
 * distributed over categories in a period, as a cited source reported it (e.g. THL's September 2020 baseline of
 * structural social work). It describes the whole and names no region.
 *
 * @param programmeCode the programme's code, as region-service last learnt it, or null
 * @param measureId     the measure it relates to, or null
 * @param measureCode   that measure's code, or null
 */
public record NationalIndicatorData(String indicatorId, String programmeId, String programmeCode, String measureId,
        String measureCode, LocalizedText title, PeriodData observedPeriod, LocalizedText unitOfObservation, int total,
        List<Category> categories, Source source, LocalizedText note, BasisData basis) {

    /** One category and how many units were in it. */
    public record Category(String key, LocalizedText label, int count, LocalizedText note) {
    }

    /** Who published the figures, where and when; with a web address where there is one. */
    public record Source(LocalizedText citation, String url) {
    }
}
