package fi.tiekartta.workpackage.programmes;

import java.util.List;

/**
 * A programme as far as work packages need it: its code, the codes of its strategic goals and the
 * government terms it covers.
 */
public record KnownProgramme(String programmeId, String code, List<String> goalCodes, List<String> termIds) {

    /**
     * Where this service keeps what it learnt of programmes: written by the {@code messaging} projection, read
     * by the {@code persistence} adapter, one document per programme with the fields of this record (the id as
     * {@code _id}).
     */
    public static final String COLLECTION = "known_programmes";

    public KnownProgramme {
        goalCodes = goalCodes == null ? List.of() : List.copyOf(goalCodes);
        termIds = termIds == null ? List.of() : List.copyOf(termIds);
    }
}
