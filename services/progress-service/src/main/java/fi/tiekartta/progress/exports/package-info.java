/**
 * Exports of the shared picture for people and machines: the national roadmap of a programme, the regional
 * matrix and a programme's milestones as spreadsheets (CSV and XLSX, Finnish headings by default, Swedish and
 * English on request), and the open-data JSON of each closed reporting round (CC BY 4.0, with its provenance).
 * <ul>
 *   <li>the root shapes the content from the roadmap's and the regional views' ports, read-only: {@link
 *       fi.tiekartta.progress.exports.Exports} builds format-neutral {@link fi.tiekartta.progress.exports.Export}s
 *       (tables with localized headings and values) and {@link fi.tiekartta.progress.exports.RoundOpenData};</li>
 *   <li>{@code web} writes the tables as CSV (Apache Commons CSV) or XLSX (Apache POI, streaming) and answers
 *       {@code /api/progress/…/export} and {@code /api/progress/rounds/{roundId}/open-data}.</li>
 * </ul>
 * Nothing here is kept: every export is read from the views when it is asked for.
 */
package fi.tiekartta.progress.exports;
