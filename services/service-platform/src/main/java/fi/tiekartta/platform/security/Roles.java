package fi.tiekartta.platform.security;

/**
 * The realm roles of Keycloak's {@code tiekartta} realm, and the access rules built from them, ready for
 * {@code @PreAuthorize}. Ministry staff administer programmes; everyone with a Tiekartta role reads.
 */
public final class Roles {

    public static final String PROGRAMME_ADMIN = "programme-admin";
    public static final String PROGRAMME_VIEWER = "programme-viewer";
    public static final String REGION_REPORTER = "region-reporter";
    public static final String VERIFIER = "verifier";
    public static final String INTEGRATION_CLIENT = "integration-client";

    /** Read access: any role of the realm. */
    public static final String CAN_READ = "hasAnyRole('" + PROGRAMME_ADMIN + "','" + PROGRAMME_VIEWER + "','"
            + REGION_REPORTER + "','" + VERIFIER + "','" + INTEGRATION_CLIENT + "')";

    /** Defining and steering programmes, work packages, measures and milestones. */
    public static final String CAN_ADMINISTER = "hasRole('" + PROGRAMME_ADMIN + "')";

    /**
     * Writing the reports of one region: a region reporter whose token's {@code region} claim is the region
     * code in the request path, which the controller method must name {@code code}. Anyone else gets 403
     * before anything is read or written.
     */
    public static final String CAN_REPORT_FOR_REGION = "hasRole('" + REGION_REPORTER + "') and #code != null"
            + " and #code == principal.claims['region']";

    /** Verifying regional reports or returning them for correction (STM, THL). */
    public static final String CAN_VERIFY = "hasRole('" + VERIFIER + "')";

    private Roles() {
    }
}
