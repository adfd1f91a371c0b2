/**
 * Work packages (työpaketit, e.g. TP1–TP7 of the social welfare development programme) and their
 * measures. A work package links to its programme's strategic goals, spans government terms, has an
 * owner, a lifecycle and a delivery confidence on the five-point scale of government major projects,
 * every assessment kept. Its measures keep stable ids across terms; renaming, splitting, merging and
 * dropping a measure is recorded as lineage. The domain is plain Java; {@code web} and
 * {@code persistence} are the adapters.
 */
package fi.tiekartta.workpackage.workpackage;
