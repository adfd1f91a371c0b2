/**
 * Milestones of work packages and measures. The domain ({@link fi.tiekartta.milestone.milestone.Milestone},
 * {@link fi.tiekartta.milestone.milestone.MilestoneRevisions}) is plain Java: it checks the rules and says
 * which events a change causes, including the overdue decision. {@code web} is the HTTP adapter,
 * {@code persistence} configures the versioned store that keeps every revision and the events with the
 * milestone, and {@code scheduling} runs the overdue check under a cluster-wide lock.
 */
package fi.tiekartta.milestone.milestone;
