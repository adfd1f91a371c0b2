package fi.tiekartta.localstack.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step of a demo report's workflow while its round is open, taken by the region's reporter ({@code submit},
 * {@code revise}) or by the verifier ({@code return}, {@code verify}). Each step is one change of the report,
 * so a report that has taken {@code n} steps is at version {@code n} (created at 0): that is how a later run
 * knows where an interrupted one stopped.
 *
 * @param action     what is done
 * @param comment    the verifier's comment: required to return, optional to verify
 * @param level      verify only: the verified level when it differs from the self-reported one
 * @param share      verify only, with {@code level} PARTIAL: the verified share, 0–100
 * @param shareBasis verify only, with {@code share}: POPULATION or MUNICIPALITIES
 * @param selfReport revise only: the whole corrected self-report (the body of a PUT without roundId/measureId)
 */
record Step(@JsonProperty("do") Action action, String comment, String level, Integer share, String shareBasis,
        ObjectNode selfReport) {

    enum Action {
        @JsonProperty("submit") SUBMIT,
        @JsonProperty("revise") REVISE,
        @JsonProperty("return") RETURN,
        @JsonProperty("verify") VERIFY;

        /** The status a report has after this step, or an explanation why the step cannot follow {@code before}. */
        ReportStatus after(ReportStatus before) {
            return switch (this) {
                case SUBMIT -> requireOneOf(before, ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.RETURNED);
                case REVISE -> requireOneOf(before, before, ReportStatus.DRAFT, ReportStatus.RETURNED);
                case RETURN -> requireOneOf(before, ReportStatus.RETURNED, ReportStatus.SUBMITTED);
                case VERIFY -> requireOneOf(before, ReportStatus.VERIFIED, ReportStatus.SUBMITTED);
            };
        }

        private ReportStatus requireOneOf(ReportStatus before, ReportStatus after, ReportStatus... allowed) {
            for (ReportStatus status : allowed) {
                if (status == before) {
                    return after;
                }
            }
            throw new IllegalArgumentException("a report cannot " + name().toLowerCase() + " when it is " + before);
        }
    }
}
