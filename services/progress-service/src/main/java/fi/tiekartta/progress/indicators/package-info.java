/**
 * National indicators in the shared picture, projected from {@code fi.tiekartta.national-indicator.recorded.v1} and
 * {@code ….corrected.v1} on {@code tiekartta.regional-reporting.v1} (consumer group
 * {@code <group-prefix>.indicators}): national aggregate figures from a cited source (e.g. THL's 2020 baseline of
 * structural social work), per programme and, where one is named, per measure. They name no region.
 * <ul>
 *   <li>the root holds the view record {@link fi.tiekartta.progress.indicators.NationalIndicator} and the port
 *       {@link fi.tiekartta.progress.indicators.NationalIndicators} the roadmap and the regional matrix read;</li>
 *   <li>{@code messaging} keeps one document per indicator (and its earlier states); {@code persistence} reads them;
 *       {@code web} answers {@code /api/progress/programmes/{code}/indicators}.</li>
 * </ul>
 */
package fi.tiekartta.progress.indicators;
