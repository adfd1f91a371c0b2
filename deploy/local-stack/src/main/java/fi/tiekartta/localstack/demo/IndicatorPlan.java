package fi.tiekartta.localstack.demo;

import tools.jackson.databind.node.ObjectNode;

/**
 * A national indicator to record: {@code indicator} is the body of {@code POST /api/national-indicators} without
 * programmeId and measureId, which are looked up from the codes.
 *
 * @param programme the programme's code, e.g. {@code THL-RSO}
 * @param measure   the measure's code within it, e.g. {@code RSO1.B}, or null
 */
record IndicatorPlan(String programme, String measure, ObjectNode indicator) {

    String observedPeriod() {
        return indicator.path("observedPeriod").asString("");
    }
}
