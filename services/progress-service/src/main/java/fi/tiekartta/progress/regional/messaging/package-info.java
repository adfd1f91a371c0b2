/** Keeps the regional views from the reporting events (consumer group {@code progress-service.regional}). */
package fi.tiekartta.progress.regional.messaging;
