/**
 * The national roadmap of a programme and the work package view, projected from {@code tiekartta.programmes.v1},
 * {@code tiekartta.work-packages.v1} and {@code tiekartta.milestones.v1} (consumer group
 * {@code progress-service.roadmap}): programmes with their goals, work packages with status and delivery-confidence
 * history, measures with lineage, milestones with baseline, forecast and actual, laid out on government terms.
 * <ul>
 *   <li>the root holds what is kept ({@link fi.tiekartta.progress.roadmap.RoadmapProgramme},
 *       {@link fi.tiekartta.progress.roadmap.RoadmapWorkPackage}, {@link fi.tiekartta.progress.roadmap.RoadmapMilestone}),
 *       the port that reads it ({@link fi.tiekartta.progress.roadmap.RoadmapDocuments}), the views and
 *       {@link fi.tiekartta.progress.roadmap.Roadmaps}, which shapes them, and the port
 *       {@link fi.tiekartta.progress.roadmap.RoadmapAttention} ("what needs attention", roadmap part);</li>
 *   <li>{@code messaging} keeps the documents from the events; {@code persistence} reads them; {@code web} answers
 *       {@code /api/progress/programmes/{code}/roadmap} and {@code /api/progress/work-packages/{programmeCode}/{code}}.</li>
 * </ul>
 */
package fi.tiekartta.progress.roadmap;
