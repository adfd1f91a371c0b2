/**
 * Programmes: what a ministry, a cooperation area or a welfare region sets out to develop. The domain
 * ({@link fi.tiekartta.programme.programme.Programme}, {@link fi.tiekartta.programme.programme.ProgrammeRevisions})
 * is plain Java; {@code web} is the HTTP adapter and {@code persistence} configures the versioned store
 * that keeps every revision and the events with the programme.
 */
package fi.tiekartta.programme.programme;
