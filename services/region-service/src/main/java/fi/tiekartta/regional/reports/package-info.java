/**
 * Regional reports: for each cell (region, measure, round) the region's self-report of how far the measure
 * is implemented, and the ministry's verified value beside it. Draft, submitted, then verified or returned
 * for correction; frozen when the round closes, corrected afterwards only by recorded corrections.
 */
package fi.tiekartta.regional.reports;
