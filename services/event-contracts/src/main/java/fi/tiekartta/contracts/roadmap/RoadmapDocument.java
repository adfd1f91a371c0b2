package fi.tiekartta.contracts.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.programme.OriginData;
import fi.tiekartta.contracts.programme.RelationData;
import fi.tiekartta.contracts.workpackage.NoteData;

import java.util.List;

/**
 * A whole roadmap as it is imported (format {@code tiekartta-roadmap/v1}, see docs/roadmap-import.md):
 * programmes with their work packages, measures and milestones. It travels whole in
 * {@code fi.tiekartta.roadmap.import-accepted.v1}, from which each context takes its part.
 * Things refer to each other by code (programmes, work packages, measures) or key (milestones), never by id.
 * <p>
 * Periods ({@code period}, {@code baseline}, {@code forecast}, {@code actual}) may be written in their canonical
 * form ({@code 2023-spring/..}) or in Finnish ("Kevät 2023 –"); in the accepted event they are always canonical.
 * A {@code basis} says what a fact rests on (a source, our inference, illustrative content); a
 * {@code statusBasis} says what the status in particular rests on, where that is an inference of its own.
 */
public record RoadmapDocument(String format, String source, List<ProgrammeEntry> programmes) {

    public static final String FORMAT = "tiekartta-roadmap/v1";

    /**
     * @param period      the period the programme spans, e.g. {@code 2023/2025}, or null
     * @param origin      its place in a Government Programme, or null
     * @param relations   how it relates to other programmes of the roadmap or outside it
     * @param basis       what the programme rests on, or null
     * @param statusBasis what its status rests on, or null
     */
    public record ProgrammeEntry(String code, LocalizedText names, String level, String ownerOrganisation,
            LocalizedText vision, List<GoalEntry> goals, List<LocalizedText> themes, List<String> termIds, String status,
            List<WorkPackageEntry> workPackages, String period, OriginData origin, List<RelationData> relations,
            BasisData basis, BasisData statusBasis) {
    }

    public record GoalEntry(String code, LocalizedText title) {
    }

    /**
     * @param notes       notes the sources make on the work package, each with its basis
     * @param basis       what the work package rests on, or null
     * @param statusBasis what its status rests on, or null
     */
    public record WorkPackageEntry(String code, LocalizedText title, List<String> goalCodes, List<String> termIds,
            String owner, String status, List<String> dependsOn, List<MeasureEntry> measures,
            List<MilestoneEntry> milestones, List<NoteData> notes, BasisData basis, BasisData statusBasis) {
    }

    public record MeasureEntry(String code, LocalizedText title, List<String> termIds, BasisData basis) {
    }

    /**
     * {@code baseline}, {@code forecast} and {@code actual} are periods, canonical (e.g.
     * {@code 2021-spring/2021-summer}) or Finnish ("kevät–kesä 2021"). {@code actual} says when an ACHIEVED milestone
     * was reached, at the precision known (a day, a month, a year, …); {@code status} NOT_RECORDED says the forecast
     * has ended and the sources do not record how the milestone ended.
     */
    public record MilestoneEntry(String key, LocalizedText title, String measure, String baseline, String forecast,
            String actual, String status, List<EvidenceEntry> evidence, BasisData basis) {
    }

    public record EvidenceEntry(String url, String title) {
    }
}
