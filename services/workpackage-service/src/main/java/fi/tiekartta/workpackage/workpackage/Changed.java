package fi.tiekartta.workpackage.workpackage;

import fi.tiekartta.contracts.PendingEvent;

import java.util.List;

/** A work package after a change and the events the change caused (none if nothing changed). */
public record Changed(WorkPackage after, List<PendingEvent<?>> events) {
}
