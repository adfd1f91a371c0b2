package fi.tiekartta.contracts.roadmap;

import fi.tiekartta.contracts.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole roadmap as it is imported (format {@code tiekartta-roadmap/v1}, see docs/roadmap-import.md):
 * programmes with their work packages, measures and milestones. It travels whole in
 * {@code fi.tiekartta.roadmap.import-accepted.v1}, from which each context takes its part.
 * Things refer to each other by code (work packages, measures) or key (milestones), never by id.
 */
public record RoadmapDocument(String format, String source, List<ProgrammeEntry> programmes) {

    public static final String FORMAT = "tiekartta-roadmap/v1";

    public record ProgrammeEntry(String code, LocalizedText names, String level, String ownerOrganisation,
            LocalizedText vision, List<GoalEntry> goals, List<LocalizedText> themes, List<String> termIds, String status,
            List<WorkPackageEntry> workPackages) {
    }

    public record GoalEntry(String code, LocalizedText title) {
    }

    public record WorkPackageEntry(String code, LocalizedText title, List<String> goalCodes, List<String> termIds,
            String owner, String status, List<String> dependsOn, List<MeasureEntry> measures,
            List<MilestoneEntry> milestones) {
    }

    public record MeasureEntry(String code, LocalizedText title, List<String> termIds) {
    }

    /** {@code baseline} and {@code forecast} are periods in their canonical form, e.g. {@code 2021-spring/2021-summer}. */
    public record MilestoneEntry(String key, LocalizedText title, String measure, String baseline, String forecast,
            LocalDate actualDate, String status, List<EvidenceEntry> evidence) {
    }

    public record EvidenceEntry(String url, String title) {
    }
}
