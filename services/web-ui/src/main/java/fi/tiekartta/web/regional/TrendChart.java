package fi.tiekartta.web.regional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A measure's levels across rounds as a small SVG chart: x the rounds in order, y the level (0 not started … 4
 * established), self-reported and verified as two lines with different markers; the same points go in a table.
 */
public record TrendChart(Map<String, Object> trend, int width, int height, List<Point> points, String selfLine,
        String verifiedLine, List<Integer> levels) {

    static final int STEP = 80;
    static final int LEFT = 28;
    static final int TOP = 10;
    static final int LEVEL_HEIGHT = 16;
    /** Self-reported drawn a little left of the round, verified a little right, so that equal levels both show. */
    static final int OFFSET = 6;

    /** One round: where it is drawn, and the levels (null where nothing was accepted or verified). */
    public record Point(Map<String, Object> point, double x, Double selfY, Double verifiedY) {

        public double selfX() {
            return x - OFFSET;
        }

        public double verifiedX() {
            return x + OFFSET;
        }
    }

    public static TrendChart of(Map<String, Object> trend) {
        List<Point> points = new ArrayList<>();
        List<?> raw = trend.get("points") instanceof List<?> list ? list : List.of();
        StringBuilder self = new StringBuilder();
        StringBuilder verified = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> point = (Map<String, Object>) raw.get(i);
            double x = LEFT + STEP / 2.0 + i * STEP;
            Double selfY = y(point.get("selfReported"));
            Double verifiedY = y(point.get("verified"));
            if (selfY != null) {
                self.append(self.isEmpty() ? "" : " ").append(x - OFFSET).append(',').append(selfY);
            }
            if (verifiedY != null) {
                verified.append(verified.isEmpty() ? "" : " ").append(x + OFFSET).append(',').append(verifiedY);
            }
            points.add(new Point(point, x, selfY, verifiedY));
        }
        int width = LEFT + Math.max(1, raw.size()) * STEP;
        return new TrendChart(trend, width, TOP * 2 + 4 * LEVEL_HEIGHT + 18, points, self.toString(), verified.toString(),
                List.of(0, 1, 2, 3, 4));
    }

    /** The y of a level's line (0 at the bottom). */
    public double levelY(int level) {
        return TOP + (4 - level) * LEVEL_HEIGHT;
    }

    public int axisBottom() {
        return TOP + 4 * LEVEL_HEIGHT;
    }

    static Double y(Object level) {
        int number = number(level);
        return number < 0 ? null : (double) (TOP + (4 - number) * LEVEL_HEIGHT);
    }

    /** A level's number on the 0–4 scale, or -1. */
    public static int number(Object level) {
        if (level == null) {
            return -1;
        }
        return switch (level.toString()) {
            case "NOT_STARTED" -> 0;
            case "PLANNING" -> 1;
            case "PILOTING" -> 2;
            case "PARTIAL" -> 3;
            case "ESTABLISHED" -> 4;
            default -> -1;
        };
    }
}
