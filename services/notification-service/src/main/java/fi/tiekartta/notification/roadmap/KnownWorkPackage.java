package fi.tiekartta.notification.roadmap;

import fi.tiekartta.notification.inbox.Names;

/**
 * A work package as learnt from workpackage-service's events: what a notification needs to name it and whom to tell.
 *
 * @param owner the username of its owner, or null/blank while it has none
 */
public record KnownWorkPackage(String workPackageId, String programmeCode, String code, Names title, String owner) {

    public boolean hasOwner() {
        return owner != null && !owner.isBlank();
    }
}
