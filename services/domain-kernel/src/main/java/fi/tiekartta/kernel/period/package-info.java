/**
 * Imprecise periods: {@link fi.tiekartta.kernel.period.Period} keeps a date in the precision the
 * source gave it (a day, month, season, year, government term, …), with a canonical ASCII text for
 * storage and events, Finnish parsing, labels in Finnish, Swedish and English, and calendar bounds for
 * ordering and overdue checks. Plain Java, no framework. See docs/periods.md.
 */
package fi.tiekartta.kernel.period;
