/**
 * Storing aggregates so that every change is kept: one MongoDB document per aggregate holds its current state,
 * the revisions not yet moved to the history and the events waiting for the outbox relay. One single-document
 * write per change makes state, revision and events atomic without multi-document transactions. The relay then
 * publishes the events and moves the revisions to an append-only history collection, so a document stays small
 * however long its history; "as of" reads and the history read both places.
 */
package fi.tiekartta.platform.aggregate;
