/**
 * What regional reporting tells people: a returned report (the region's reporters), reports waiting for
 * verification (the verifiers) and a near deadline (the reporters of a region that has not submitted everything),
 * from region-service's events on {@code tiekartta.regional-reporting.v1}.
 */
package fi.tiekartta.notification.reporting;
