package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;

/** Events of reporting rounds, regional reports and national indicators, on {@link Topics#REGIONAL_REPORTING}. */
public final class ReportingEvents {

    public static final EventContract<ReportingRoundChanged> ROUND_OPENED = new EventContract<>(
            "fi.tiekartta.reporting-round.opened.v1", Topics.REGIONAL_REPORTING, ReportingRoundChanged.class);
    /** An open round's title, deadline or scope changed (scope only grows). */
    public static final EventContract<ReportingRoundChanged> ROUND_REVISED = new EventContract<>(
            "fi.tiekartta.reporting-round.revised.v1", Topics.REGIONAL_REPORTING, ReportingRoundChanged.class);
    /** The round closed, at its deadline or by hand; its reports are frozen from now on. */
    public static final EventContract<ReportingRoundChanged> ROUND_CLOSED = new EventContract<>(
            "fi.tiekartta.reporting-round.closed.v1", Topics.REGIONAL_REPORTING, ReportingRoundChanged.class);

    public static final EventContract<RegionalReportChanged> REPORT_SUBMITTED = new EventContract<>(
            "fi.tiekartta.regional-report.submitted.v1", Topics.REGIONAL_REPORTING, RegionalReportChanged.class);
    public static final EventContract<RegionalReportChanged> REPORT_VERIFIED = new EventContract<>(
            "fi.tiekartta.regional-report.verified.v1", Topics.REGIONAL_REPORTING, RegionalReportChanged.class);
    /** Returned to the region for correction; {@code comment} says what to correct. */
    public static final EventContract<RegionalReportChanged> REPORT_RETURNED = new EventContract<>(
            "fi.tiekartta.regional-report.returned.v1", Topics.REGIONAL_REPORTING, RegionalReportChanged.class);
    /** A correction recorded after the round closed; {@code comment} is its reason. */
    public static final EventContract<RegionalReportChanged> REPORT_REVISED = new EventContract<>(
            "fi.tiekartta.regional-report.revised.v1", Topics.REGIONAL_REPORTING, RegionalReportChanged.class);

    /** A national aggregate indicator was recorded from its source. */
    public static final EventContract<NationalIndicatorChanged> INDICATOR_RECORDED = new EventContract<>(
            "fi.tiekartta.national-indicator.recorded.v1", Topics.REGIONAL_REPORTING, NationalIndicatorChanged.class);
    /** A recorded indicator was corrected; the data is the whole indicator after it. */
    public static final EventContract<NationalIndicatorChanged> INDICATOR_CORRECTED = new EventContract<>(
            "fi.tiekartta.national-indicator.corrected.v1", Topics.REGIONAL_REPORTING, NationalIndicatorChanged.class);

    private ReportingEvents() {
    }
}
