package fi.tiekartta.programme;

import fi.tiekartta.kernel.Lifecycle;

/** Which programmes a list shows; a criterion that is null lets every programme through. */
public record ProgrammeFilter(String code, ProgrammeLevel level, Lifecycle status, String ownerOrganisation, String termId) {
}
