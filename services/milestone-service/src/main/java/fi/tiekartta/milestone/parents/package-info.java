/**
 * The work packages and measures milestones can belong to, as far as this service has learnt them from the
 * work package context's events (never from its database): their ids, codes and programmes. Used to resolve
 * the codes of an imported roadmap into the ids milestones refer to. {@link
 * fi.tiekartta.milestone.parents.KnownParents} is the lookup; {@code messaging} keeps the mirror it reads.
 */
package fi.tiekartta.milestone.parents;
