/**
 * The measures regions may report on, as region-service knows them: learnt from the work-package events
 * of workpackage-service ({@code tiekartta.work-packages.v1}), never read from its database.
 */
package fi.tiekartta.regional.measures;
