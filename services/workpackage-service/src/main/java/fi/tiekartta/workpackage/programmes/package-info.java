/**
 * What this service knows of programmes, learnt only from the programme context's events (never from
 * its database): enough to check that a work package names a real programme, its goals and terms.
 */
package fi.tiekartta.workpackage.programmes;
