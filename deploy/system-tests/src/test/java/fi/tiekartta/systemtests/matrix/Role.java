package fi.tiekartta.systemtests.matrix;

/**
 * The callers of the matrix, each with a real token from the stack's Keycloak (see {@link RealmTokens}). Region 09
 * (Päijät-Häme) is the region of the resources the reporting rows write, so {@link #REPORTER_OTHER} is a reporter
 * of another region trying to write them.
 */
public enum Role {
    NONE("no token"),
    VIEWER("viewer"),
    ADMIN("admin"),
    REPORTER_OWN("reporter 09"),
    REPORTER_OTHER("reporter 17"),
    VERIFIER("verifier"),
    INTEGRATION("integration");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The column heading in docs/security.md. */
    public String label() {
        return label;
    }
}
