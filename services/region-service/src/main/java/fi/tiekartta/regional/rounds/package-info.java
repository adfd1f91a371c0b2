/**
 * Reporting rounds: a programme admin asks the regions, by a deadline, how far the measures in scope are
 * implemented in a period. A round closes at its deadline or by hand; then its reports are frozen.
 */
package fi.tiekartta.regional.rounds;
