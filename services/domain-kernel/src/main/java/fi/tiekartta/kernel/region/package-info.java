/**
 * The organisers of social and health services and their cooperation areas, as reference data every context
 * shares ({@link fi.tiekartta.kernel.region.Organisers}).
 */
package fi.tiekartta.kernel.region;
