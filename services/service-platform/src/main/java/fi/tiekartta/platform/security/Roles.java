package fi.tiekartta.platform.security;

/**
 * The realm roles of Keycloak's {@code tiekartta} realm, and the access rules built from them, ready for
 * {@code @PreAuthorize}. Ministry staff administer programmes; everyone with a Tiekartta role reads. Rules
 * that only one context uses (who reports for a region, who verifies) live in that context.
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

    private Roles() {
    }
}
