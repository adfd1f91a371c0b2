/**
 * What this service knows of programmes, learnt only from the programme context's events (never from
 * its database): enough to check that a work package names a real programme, its goals and terms.
 * {@code messaging} learns them, {@code persistence} answers the port {@link fi.tiekartta.workpackage.programmes.KnownProgrammes}.
 */
package fi.tiekartta.workpackage.programmes;
