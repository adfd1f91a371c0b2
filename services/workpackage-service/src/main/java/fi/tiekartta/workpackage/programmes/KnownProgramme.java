package fi.tiekartta.workpackage.programmes;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A programme as far as work packages need it, at the version of the last event applied. */
@Document(KnownProgramme.COLLECTION)
public record KnownProgramme(@Id String programmeId, String code, List<String> goalCodes, List<String> termIds,
        long aggregateVersion) {

    static final String COLLECTION = "known_programmes";
}
