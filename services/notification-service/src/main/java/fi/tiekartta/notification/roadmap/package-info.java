/**
 * What the roadmap tells people: a milestone gone overdue and a fall in delivery confidence, to the work package's
 * owner (programme admins while it has none), from {@code tiekartta.milestones.v1} and
 * {@code tiekartta.work-packages.v1}, with the work packages and measures learnt from the latter.
 */
package fi.tiekartta.notification.roadmap;
