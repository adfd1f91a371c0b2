package fi.tiekartta.localstack.demo;

import tools.jackson.databind.node.ObjectNode;

/**
 * A correction recorded after the round closed: by the region's reporter ({@code selfReport}) or by the verifier
 * ({@code verified}), never both.
 *
 * @param reason     why, as the record will show it
 * @param selfReport the corrected self-report: level, share, shareBasis, narrative, indicators, evidence
 * @param verified   the corrected verified value: level, share, shareBasis, comment
 */
record Correction(String reason, ObjectNode selfReport, ObjectNode verified) {

    boolean byReporter() {
        return selfReport != null;
    }
}
