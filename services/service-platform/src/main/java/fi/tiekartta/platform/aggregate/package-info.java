/**
 * Storing aggregates so that every change is kept: one MongoDB document per aggregate holds its
 * current state, every revision (who, when, what changed, and the state after it) and the events
 * waiting for the outbox relay. One single-document write per change makes state, history and
 * events atomic without multi-document transactions, and the revisions answer "as of" queries.
 */
package fi.tiekartta.platform.aggregate;
