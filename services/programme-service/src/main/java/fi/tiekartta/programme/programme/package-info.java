/**
 * Programmes: what a ministry, a cooperation area or a welfare region sets out to develop. The
 * aggregate ({@link fi.tiekartta.programme.programme.Programme}) is plain Java; {@code web} is the HTTP
 * adapter and {@code persistence} the MongoDB adapter, which stores the aggregate's events with it.
 */
package fi.tiekartta.programme.programme;
