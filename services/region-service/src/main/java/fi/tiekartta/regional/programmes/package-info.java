/**
 * The programmes as region-service knows them: learnt from programme-service's events
 * ({@code tiekartta.programmes.v1}), never read from its database. Used for the programme's code next to its id
 * in events and answers, and for filtering by code.
 */
package fi.tiekartta.regional.programmes;
