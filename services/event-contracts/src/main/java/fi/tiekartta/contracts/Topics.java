package fi.tiekartta.contracts;

import java.util.List;

/**
 * Kafka topics, one per bounded context. The names are part of the public contract: they are stable
 * strings (never Java class names) and carry a major version, so a breaking change gets a new topic.
 */
public final class Topics {

    public static final String PROGRAMMES = "tiekartta.programmes.v1";
    public static final String WORK_PACKAGES = "tiekartta.work-packages.v1";
    public static final String MILESTONES = "tiekartta.milestones.v1";
    public static final String REGIONAL_REPORTING = "tiekartta.regional-reporting.v1";

    /** Every topic of the contract; each service creates any that is missing, all with the same settings. */
    public static final List<String> ALL = List.of(PROGRAMMES, WORK_PACKAGES, MILESTONES, REGIONAL_REPORTING);

    private Topics() {
    }
}
