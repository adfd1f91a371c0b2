package fi.tiekartta.contracts.milestone;

import fi.tiekartta.contracts.PeriodData;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code fi.tiekartta.milestone.overdue.v1}: the milestone's forecast period has ended (in Finnish
 * time) and it is still open. Sent once per forecast: moving the forecast later makes it due again, and it
 * is sent again if that forecast passes too.
 *
 * @param code       the milestone's human key, or null
 * @param status     the milestone's status (planned, on track or at risk: a milestone whose completion is not
 *                   recorded is never overdue); the check does not change it
 * @param detectedOn the day, in Finnish time, the check found it overdue (after {@code forecast.end})
 * @param detectedAt when the check recorded it
 */
public record MilestoneOverdue(
        String milestoneId,
        String code,
        String programmeId,
        String programmeCode,
        ParentData parent,
        LocalizedText title,
        PeriodData baseline,
        PeriodData forecast,
        String status,
        LocalDate detectedOn,
        Instant detectedAt) {
}
