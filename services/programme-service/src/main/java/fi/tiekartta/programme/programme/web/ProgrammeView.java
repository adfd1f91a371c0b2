package fi.tiekartta.programme.programme.web;

import fi.tiekartta.programme.programme.Names;
import fi.tiekartta.programme.programme.Programme;

import java.time.Instant;

/** A programme as the API shows it. */
record ProgrammeView(String id, String code, Names names, String level, String ownerOrganisation,
        String createdBy, Instant createdAt, long version) {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.id().value(), programme.code(), programme.names(), programme.level().name(),
                programme.ownerOrganisation(), programme.createdBy(), programme.createdAt(), programme.version());
    }
}
