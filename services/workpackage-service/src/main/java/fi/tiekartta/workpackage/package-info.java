/**
 * Work packages (työpaketit, e.g. TP1–TP7 of the social welfare development programme) and their
 * measures. A work package links to its programme's strategic goals, spans government terms, has an
 * owner, a lifecycle and a delivery confidence on the five-point scale of government major projects,
 * every assessment kept. Its measures keep stable ids across terms; renaming, splitting, merging and
 * dropping a measure is recorded as lineage.
 * <p>
 * This package is the domain, in plain Java: {@link fi.tiekartta.workpackage.WorkPackage},
 * {@link fi.tiekartta.workpackage.WorkPackageRules} (every rule) and the port
 * {@link fi.tiekartta.workpackage.WorkPackages}. {@code application} runs the commands; {@code web},
 * {@code messaging} and {@code persistence} are the adapters.
 */
package fi.tiekartta.workpackage;
