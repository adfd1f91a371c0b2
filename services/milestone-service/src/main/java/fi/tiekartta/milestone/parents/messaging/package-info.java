/**
 * The mirror of the work packages and measures learnt from {@code tiekartta.work-packages.v1}: the projection
 * that keeps it and the {@link fi.tiekartta.milestone.parents.KnownParents} lookup that reads it, in one class
 * so that the mirror's layout is known in one place.
 */
package fi.tiekartta.milestone.parents.messaging;
