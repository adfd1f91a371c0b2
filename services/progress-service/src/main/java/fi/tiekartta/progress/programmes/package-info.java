/**
 * The programmes in the shared picture, projected from {@code tiekartta.programmes.v1}: the read model's record
 * {@link fi.tiekartta.progress.programmes.ProgrammeSummary} and the port its readers use,
 * {@link fi.tiekartta.progress.programmes.ProgrammeSummaries}. {@code messaging} keeps the summaries up to date,
 * {@code persistence} reads them, {@code web} shows them.
 */
package fi.tiekartta.progress.programmes;
