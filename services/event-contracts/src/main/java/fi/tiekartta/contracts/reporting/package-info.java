/**
 * Events of regional implementation reporting, on {@link fi.tiekartta.contracts.Topics#REGIONAL_REPORTING}:
 * reporting rounds opened, revised and closed (keyed by round id) and regional reports submitted, verified,
 * returned and revised after their round closed (keyed by report id).
 */
package fi.tiekartta.contracts.reporting;
