/**
 * The recent-changes feed: what changed, by whom, when, filterable by programme, region and kind. Written by the
 * other features' projections through {@link fi.tiekartta.progress.changes.ChangeFeed}, one entry per event.
 */
package fi.tiekartta.progress.changes;
