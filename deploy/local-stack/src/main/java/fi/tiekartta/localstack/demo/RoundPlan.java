package fi.tiekartta.localstack.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * One demo reporting round of a programme: its half-year counted from today, its deadline counted in days from
 * today, its scope by measure code, and its reports.
 *
 * @param programme         the programme's code, e.g. {@code SHKO}
 * @param period            {@value #PREVIOUS} or {@value #CURRENT}
 * @param title             fi/sv/en text in which {@code {period}} stands for the period's label in that language
 * @param basis             what the round rests on, as the API takes it: {@code {kind: ILLUSTRATIVE, note}} for demo
 *                          content (sent when the round is opened and with every draft of its reports)
 * @param deadlineDaysAhead the deadline is the end of this many days after today, Finnish time
 * @param closeByHand       the admin closes the round once its reports have taken their steps (default false)
 * @param regions           the regions asked; empty means all 22 organisers
 * @param measures          measure codes of the programme
 */
record RoundPlan(String programme, String period, ObjectNode title, ObjectNode basis, Integer deadlineDaysAhead,
        Boolean closeByHand, List<String> regions, List<String> measures, List<ReportPlan> reports) {

    static final String PREVIOUS = "previous-half-year";
    static final String CURRENT = "current-half-year";
    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    RoundPlan {
        closeByHand = Boolean.TRUE.equals(closeByHand);
        regions = regions == null ? List.of() : List.copyOf(regions);
        measures = measures == null ? List.of() : List.copyOf(measures);
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    HalfYear halfYear(LocalDate today) {
        HalfYear current = HalfYear.of(today);
        return switch (period) {
            case PREVIOUS -> current.previous();
            case CURRENT -> current;
            default -> throw new IllegalArgumentException("period is " + PREVIOUS + " or " + CURRENT + ", not " + period);
        };
    }

    /** The last second of the day {@code deadlineDaysAhead} days after today in Finland, e.g. 2027-01-21T21:59:59Z. */
    Instant deadline(LocalDate today) {
        return today.plusDays(deadlineDaysAhead).atTime(LocalTime.of(23, 59, 59)).atZone(FINLAND).toInstant();
    }

    /** The title with each language's label of the half-year in place of {@code {period}}. */
    ObjectNode titleFor(HalfYear halfYear) {
        ObjectNode text = title.deepCopy();
        for (Map.Entry<String, String> label : halfYear.labels().entrySet()) {
            if (text.path(label.getKey()).isString()) {
                text.put(label.getKey(), text.path(label.getKey()).asString().replace("{period}", label.getValue()));
            }
        }
        return text;
    }

    String name(LocalDate today) {
        return programme + " " + halfYear(today).canonical();
    }
}
