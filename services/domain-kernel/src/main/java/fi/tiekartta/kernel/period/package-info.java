/**
 * Imprecise periods: {@link fi.tiekartta.kernel.period.Period} keeps a date in the precision the
 * source gave it (a day, month, season, year, a range of them, a government term on its real days from
 * the government-terms reference data beside it, or an open-ended period from a given one on), with a
 * canonical ASCII text for storage and events, Finnish parsing ({@code Period.read} for what people
 * type), labels in Finnish, Swedish and English, and calendar bounds for ordering and overdue checks.
 * Plain Java, no framework. See docs/periods.md.
 */
package fi.tiekartta.kernel.period;
