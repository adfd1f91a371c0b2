/**
 * Regional implementation in the shared picture, projected from {@code tiekartta.regional-reporting.v1} (consumer
 * group {@code progress-service.regional}): reporting rounds and the organisers' reports, as the regional matrix
 * ({@link fi.tiekartta.progress.regional.RegionalMatrix}), each region's reports across rounds
 * ({@link fi.tiekartta.progress.regional.RegionView}), both read through
 * {@link fi.tiekartta.progress.regional.RegionalViews}; the coverage of measures
 * ({@link fi.tiekartta.progress.regional.MeasureCoverage}) and the region × measure cells
 * ({@link fi.tiekartta.progress.regional.RegionalImplementation}) the roadmap views show; and the reporting part of
 * "what needs attention" ({@link fi.tiekartta.progress.regional.ReportingAttention}). The organisers and cooperation
 * areas come from the domain kernel's reference data ({@code fi.tiekartta.kernel.region.Organisers}).
 */
package fi.tiekartta.progress.regional;
