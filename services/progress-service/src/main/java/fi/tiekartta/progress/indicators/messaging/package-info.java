/** Keeps the national indicators from their events (consumer group {@code <group-prefix>.indicators}). */
package fi.tiekartta.progress.indicators.messaging;
