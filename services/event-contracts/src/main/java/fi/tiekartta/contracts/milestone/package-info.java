/**
 * Events of the milestone context, published on {@link fi.tiekartta.contracts.Topics#MILESTONES} keyed by
 * milestone id: planned, revised, achieved, missed, cancelled and overdue. See
 * {@link fi.tiekartta.contracts.milestone.MilestoneEvents}.
 */
package fi.tiekartta.contracts.milestone;
