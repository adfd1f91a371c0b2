package fi.tiekartta.localstack.demo;

import java.util.Map;

/**
 * Who does what in the demo; all are users of the local realm with the password {@code tiekartta}.
 *
 * @param admin     opens and closes rounds, records national indicators (programme-admin)
 * @param verifier  verifies and returns reports (verifier)
 * @param reporters the region-reporter of each region code
 */
record DemoUsers(String admin, String verifier, Map<String, String> reporters) {

    DemoUsers {
        reporters = reporters == null ? Map.of() : Map.copyOf(reporters);
    }

    String reporterOf(String region) {
        String reporter = reporters.get(region);
        if (reporter == null) {
            throw new IllegalArgumentException("no reporter for region " + region);
        }
        return reporter;
    }
}
