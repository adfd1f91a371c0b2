/**
 * National aggregate indicators: observations of how many units (e.g. the 23 project areas of the Future
 * Health and Social Services Centres programme in September 2020) fell into each category, recorded by the
 * ministry from a source that does not say which unit is in which category. They belong to no region and
 * are never entered as regional reports. The domain
 * ({@link fi.tiekartta.regional.nationalindicators.NationalIndicator} and its parts) is plain Java and checks
 * the rules; {@code application} records, corrects and reads them, {@code web} is the HTTP adapter and
 * {@code persistence} the versioned store that keeps every revision.
 */
package fi.tiekartta.regional.nationalindicators;
