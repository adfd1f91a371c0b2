package fi.tiekartta.regional.rounds;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.period.InvalidPeriodException;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A reporting round: which measures of a programme ({@code measureIds}) the regions in {@code regionCodes}
 * report on, for which {@code period} (stored as canonical text, e.g. {@code 2025-H2}; given as canonical text or a
 * Finnish form, {@link Period#read}), by which {@code deadline}.
 * Immutable: a change is a new value, checked by {@link RoundRules}.
 *
 * @param closedAt    when it closed: its reports as they stood then are "as reported at the deadline"
 * @param closedBy    who closed it by hand, or {@code system} at the deadline
 * @param basis       what the round rests on, or null for a real round: {@link Basis.Kind#ILLUSTRATIVE} for demo
 *                    content (then every report of it is illustrative too, see {@code ReportRules#basisOf})
 */
public record ReportingRound(String programmeId, Text title, String period, Instant deadline, List<String> measureIds,
        List<String> regionCodes, RoundStatus status, Instant closedAt, String closedBy, CloseReason closeReason,
        Basis basis) {

    /** Enough for a national programme's measures; a round over more would not be answerable by a region. */
    public static final int MAX_MEASURES = 100;

    public ReportingRound {
        if (programmeId == null || programmeId.isBlank()) {
            throw new DomainRuleViolation("A reporting round belongs to a programme: give its programmeId.");
        }
        programmeId = programmeId.strip();
        Objects.requireNonNull(title, "title");
        period = canonical(period);
        if (deadline == null) {
            throw new DomainRuleViolation("A reporting round needs its deadline.");
        }
        measureIds = distinct(measureIds, "measure");
        regionCodes = distinct(regionCodes, "region").stream().sorted().toList();
        if (measureIds.size() > MAX_MEASURES) {
            throw new DomainRuleViolation("A round covers at most " + MAX_MEASURES + " measures.");
        }
        status = status == null ? RoundStatus.OPEN : status;
        if (status == RoundStatus.CLOSED && (closedAt == null || closeReason == null)) {
            throw new DomainRuleViolation("A closed round records when and why it closed.");
        }
        if (status == RoundStatus.OPEN && (closedAt != null || closeReason != null || closedBy != null)) {
            throw new DomainRuleViolation("An open round has not closed.");
        }
    }

    /** A new round as an admin describes it: open, not yet closed. */
    public static ReportingRound proposed(String programmeId, Text title, String period, Instant deadline,
            List<String> measureIds, List<String> regionCodes, Basis basis) {
        return new ReportingRound(programmeId, title, period, deadline, measureIds, regionCodes, RoundStatus.OPEN,
                null, null, null, basis);
    }

    /** Demo content, not real data: so are its reports. */
    public boolean isIllustrative() {
        return basis != null && basis.isIllustrative();
    }

    public Period periodValue() {
        return Period.parse(period);
    }

    /** Reports can be written, submitted, verified and returned: the round is open and its deadline has not passed. */
    public boolean acceptsReportsAt(Instant now) {
        return status == RoundStatus.OPEN && now.isBefore(deadline);
    }

    /**
     * The round is to be closed at its deadline: it is still open and its deadline is {@code now} or earlier.
     * {@link ReportingRounds#dueAt} finds exactly these rounds.
     */
    public boolean isDueAt(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(deadline);
    }

    public boolean isClosed() {
        return status == RoundStatus.CLOSED;
    }

    public boolean covers(String regionCode, String measureId) {
        return regionCodes.contains(regionCode) && measureIds.contains(measureId);
    }

    ReportingRound closed(Instant at, String by, CloseReason reason) {
        return new ReportingRound(programmeId, title, period, deadline, measureIds, regionCodes, RoundStatus.CLOSED, at,
                by, reason, basis);
    }

    private static String canonical(String period) {
        if (period == null || period.isBlank()) {
            throw new DomainRuleViolation("A reporting round covers a period, e.g. 2025-H2.");
        }
        try {
            return Period.read(period.strip()).toString();
        } catch (InvalidPeriodException e) {
            throw new DomainRuleViolation(e.getMessage());
        }
    }

    private static List<String> distinct(List<String> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new DomainRuleViolation("A reporting round needs at least one " + what + ".");
        }
        List<String> stripped = values.stream().map(value -> {
            if (value == null || value.isBlank()) {
                throw new DomainRuleViolation("A " + what + " of the round is blank.");
            }
            return value.strip();
        }).toList();
        if (new HashSet<>(stripped).size() != stripped.size()) {
            throw new DomainRuleViolation("Each " + what + " is in a round once.");
        }
        return stripped;
    }
}
