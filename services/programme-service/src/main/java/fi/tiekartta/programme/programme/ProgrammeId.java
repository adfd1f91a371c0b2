package fi.tiekartta.programme.programme;

import java.util.Objects;
import java.util.UUID;

/** Identity of a programme; opaque and stable, unlike its code, which people may one day revise. */
public record ProgrammeId(String value) {

    public ProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    static ProgrammeId newId() {
        return new ProgrammeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
