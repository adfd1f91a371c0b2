package fi.tiekartta.web.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The milestones of a roadmap laid out on the government terms, for the server-drawn SVG timeline: each milestone a
 * row with three lanes, baseline, forecast and actual, each at its own precision: a period (a season, a half-year, a
 * term) is a span over its first..last day, a day is a point, and an open-ended period runs to the right edge with
 * an arrow. Coordinates are in the SVG's user units ({@link #WIDTH} wide).
 */
public record TimelineChart(int width, int height, int plotLeft, int plotRight, int top, List<Band> terms,
        List<Tick> years, Marker asOf, List<Row> rows) {

    public static final int WIDTH = 1000;
    static final int LABEL_WIDTH = 150;
    static final int RIGHT_MARGIN = 24;
    static final int HEADER = 52;
    static final int ROW_HEIGHT = 34;
    static final int FOOTER = 8;

    /** A government term as a band behind the rows. */
    public record Band(String id, Object label, double x, double width, boolean shaded) {
    }

    /** A year's start, with its label. */
    public record Tick(int year, double x) {
    }

    /** The as-of (or today) line. */
    public record Marker(String day, double x) {
    }

    /** One milestone: its code, title, status and its three lanes (a lane is null when there is no such period). */
    public record Row(String code, Object title, String status, boolean overdue, boolean slipped, double y,
            Span baseline, Span forecast, Span actual) {
    }

    /**
     * A period drawn: a span ({@code x}..{@code x + width}), or a point at {@code x} ({@code point}); open-ended
     * periods run to the right edge ({@code openEnded}: draw the arrow at {@code x + width}).
     */
    public record Span(double x, double width, double y, double height, boolean point, boolean openEnded, Object label,
            String precision) {

        public double centreY() {
            return y + height / 2;
        }

        public double end() {
            return x + width;
        }

        /** The points of the arrow head at the right edge of an open-ended span. */
        public String arrow() {
            double tip = x + width + 8;
            return fmt(x + width) + "," + fmt(y - 3) + " " + fmt(tip) + "," + fmt(centreY()) + " " + fmt(x + width) + "," + fmt(y + height + 3);
        }

        /** The points of a diamond for a day. */
        public String diamond() {
            double r = Math.max(height, 8) / 2 + 1;
            return fmt(x) + "," + fmt(centreY() - r) + " " + fmt(x + r) + "," + fmt(centreY()) + " " + fmt(x) + ","
                    + fmt(centreY() + r) + " " + fmt(x - r) + "," + fmt(centreY());
        }
    }

    @SuppressWarnings("unchecked")
    public static TimelineChart of(List<?> terms, List<?> milestones, String asOfDay) {
        List<Map<String, Object>> termList = terms == null ? List.of() : (List<Map<String, Object>>) terms;
        List<Map<String, Object>> rows = milestones == null ? List.of() : (List<Map<String, Object>>) milestones;
        LocalDate first = LocalDate.of(2019, 1, 1);
        LocalDate last = LocalDate.of(2032, 1, 1);
        for (Map<String, Object> term : termList) {
            first = min(first, date(term.get("start")));
            last = max(last, date(term.get("end")));
        }
        for (Map<String, Object> milestone : rows) {
            for (String lane : List.of("baseline", "forecast", "actual")) {
                if (milestone.get(lane) instanceof Map<?, ?> period) {
                    first = min(first, date(period.get("start")));
                    last = max(last, date(period.get("end")));
                }
            }
        }
        first = LocalDate.of(first.getYear(), 1, 1);
        last = last.getDayOfYear() == 1 ? last : LocalDate.of(last.getYear() + 1, 1, 1);
        Scale scale = new Scale(first, last, LABEL_WIDTH, WIDTH - RIGHT_MARGIN);

        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < termList.size(); i++) {
            Map<String, Object> term = termList.get(i);
            LocalDate start = date(term.get("start"));
            LocalDate end = date(term.get("end"));
            if (start == null) {
                continue;
            }
            double x = scale.x(start);
            double right = end == null ? scale.right : scale.x(end.plusDays(1));
            bands.add(new Band(String.valueOf(term.get("id")), term.get("label"), x, Math.max(1, Math.round((right - x) * 10) / 10.0), i % 2 == 0));
        }
        List<Tick> years = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            years.add(new Tick(year, scale.x(LocalDate.of(year, 1, 1))));
        }
        LocalDate marked = asOfDay == null ? LocalDate.now(AsOf.FINNISH_TIME) : LocalDate.parse(asOfDay);
        Marker marker = marked.isBefore(first) || !marked.isBefore(last) ? null : new Marker(marked.toString(), scale.x(marked));

        List<Row> laidOut = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> milestone = rows.get(i);
            double y = HEADER + i * ROW_HEIGHT;
            laidOut.add(new Row(String.valueOf(milestone.get("code")), milestone.get("title"), (String) milestone.get("status"),
                    Boolean.TRUE.equals(milestone.get("overdue")), Boolean.TRUE.equals(milestone.get("slipped")), y,
                    span(scale, milestone.get("baseline"), y + 5, 6),
                    span(scale, milestone.get("forecast"), y + 13, 9),
                    span(scale, milestone.get("actual"), y + 24, 6)));
        }
        int height = HEADER + rows.size() * ROW_HEIGHT + FOOTER;
        return new TimelineChart(WIDTH, height, LABEL_WIDTH, WIDTH - RIGHT_MARGIN, HEADER, bands, years, marker, laidOut);
    }

    private static Span span(Scale scale, Object value, double y, double height) {
        if (!(value instanceof Map<?, ?> period)) {
            return null;
        }
        LocalDate start = date(period.get("start"));
        LocalDate end = date(period.get("end"));
        String precision = period.get("precision") == null ? null : period.get("precision").toString();
        if (start == null && end == null) {
            return null;
        }
        if (start == null) {
            start = end;
        }
        boolean openEnded = end == null;
        boolean point = !openEnded && ("DAY".equals(precision) || end.equals(start));
        double x = scale.x(start);
        if (point) {
            return new Span(x, 0, y, height, true, false, period.get("label"), precision);
        }
        double right = openEnded ? scale.right : scale.x(end.plusDays(1));
        return new Span(x, Math.max(2, Math.round((right - x) * 10) / 10.0), y, height, false, openEnded, period.get("label"), precision);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (RuntimeException notADay) {
            return null;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    static String fmt(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private record Scale(LocalDate first, LocalDate last, double left, double right) {

        double x(LocalDate day) {
            double days = ChronoUnit.DAYS.between(first, last);
            return Math.round((left + (right - left) * ChronoUnit.DAYS.between(first, day) / days) * 10) / 10.0;
        }
    }
}
