/**
 * Milestones of work packages and measures. The domain is plain Java: {@link fi.tiekartta.milestone.Milestone}
 * (kept together by the kernel's {@code MilestoneInvariants}, which the roadmap import checks too),
 * {@link fi.tiekartta.milestone.MilestoneRules} (what a command decides: the milestone after it and its events,
 * including the overdue decision), {@link fi.tiekartta.milestone.Overdue} (the one definition of overdue) and the
 * ports {@link fi.tiekartta.milestone.Milestones} and {@link fi.tiekartta.milestone.WaitingImports}.
 * {@code application} runs every command, whoever asks; {@code web} is the HTTP adapter, {@code messaging} applies
 * accepted roadmap imports, {@code scheduling} runs the overdue check under a cluster-wide lock, and
 * {@code persistence} implements the ports on MongoDB. {@code parents} is what this service knows of the work
 * packages and measures milestones belong to.
 */
package fi.tiekartta.milestone;
