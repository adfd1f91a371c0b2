/**
 * Human keys next to ids: the programme code, the measure code and title and the region name that region-service's
 * events and answers carry beside {@code programmeId}, {@code measureId} and {@code regionCode}
 * ({@link fi.tiekartta.regional.keys.HumanKeys}).
 */
package fi.tiekartta.regional.keys;
