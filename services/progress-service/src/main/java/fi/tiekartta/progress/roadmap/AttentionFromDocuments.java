package fi.tiekartta.progress.roadmap;

import fi.tiekartta.kernel.FinnishTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link RoadmapAttention} from the kept documents: one query for the candidate milestones, one for the work
 * packages with low confidence, one for their programmes' names; judged with the same rules as the views.
 */
public final class AttentionFromDocuments implements RoadmapAttention {

    private static final List<String> RATING_ORDER = List.of("RED", "AMBER_RED");

    private final RoadmapDocuments documents;
    private final Clock clock;

    public AttentionFromDocuments(RoadmapDocuments documents, Clock clock) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Items attention(String programmeCode) {
        return attention(programmeCode, FinnishTime.dateOf(clock.instant()));
    }

    @Override
    public Items attention(String programmeCode, LocalDate day) {
        String programmeId = null;
        if (programmeCode != null) {
            Optional<RoadmapProgramme> programme = documents.programmeByCode(programmeCode);
            if (programme.isEmpty()) {
                return new Items(day, List.of(), List.of(), List.of());
            }
            programmeId = programme.get().programmeId();
        }
        List<RoadmapMilestone> milestones = documents.expectedMilestonesNeedingAttention(programmeId, day).stream()
                .sorted(RoadmapMilestone.BY_FORECAST).toList();
        List<RoadmapWorkPackage> lowConfidence = documents.workPackagesWithLowConfidence(programmeId).stream()
                .filter(workPackage -> workPackage.confidence() != null && workPackage.confidence().isLow())
                .sorted(Comparator.comparing((RoadmapWorkPackage workPackage) -> RATING_ORDER.indexOf(workPackage.confidence().rating()))
                        .thenComparing(RoadmapWorkPackage::programmeId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RoadmapWorkPackage::code, Comparator.nullsLast(Codes.ORDER)))
                .toList();
        Map<String, RoadmapProgramme> programmes = documents.programmes(Stream.concat(
                        milestones.stream().map(RoadmapMilestone::programmeId), lowConfidence.stream().map(RoadmapWorkPackage::programmeId))
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(RoadmapProgramme::programmeId, Function.identity(), (a, b) -> a));

        List<MilestoneItem> overdue = new ArrayList<>();
        List<MilestoneItem> atRisk = new ArrayList<>();
        for (RoadmapMilestone milestone : milestones) {
            List<String> reasons = new ArrayList<>();
            if (milestone.isOverdueOn(day)) {
                reasons.add("OVERDUE");
            }
            if ("AT_RISK".equals(milestone.status())) {
                reasons.add("AT_RISK");
            }
            if (milestone.hasSlipped()) {
                reasons.add("SLIPPED");
            }
            if (reasons.isEmpty() || !milestone.milestoneStatus().expectsCompletion()) {
                continue;
            }
            RoadmapProgramme programme = programmes.get(milestone.programmeId());
            MilestoneItem item = new MilestoneItem(milestone.milestoneId(), milestone.code(), milestone.title(),
                    milestone.programmeId(), programme != null ? programme.code() : milestone.programmeCode(),
                    programme != null ? programme.names() : null,
                    milestone.parent() == null ? null : milestone.parent().workPackageCode(), milestone.parent(),
                    milestone.status(), milestone.baseline(), milestone.forecast(), List.copyOf(reasons));
            (milestone.isOverdueOn(day) ? overdue : atRisk).add(item);
        }
        List<WorkPackageItem> workPackages = lowConfidence.stream().map(workPackage -> {
            RoadmapProgramme programme = programmes.get(workPackage.programmeId());
            ConfidenceAssessment confidence = workPackage.confidence();
            return new WorkPackageItem(workPackage.workPackageId(), workPackage.code(), workPackage.title(),
                    workPackage.programmeId(), programme != null ? programme.code() : workPackage.programmeCode(),
                    programme != null ? programme.names() : null, confidence.rating(), confidence.previousRating(),
                    confidence.rationale(), confidence.assessedBy(), confidence.assessedAt());
        }).toList();
        return new Items(day, List.copyOf(overdue), List.copyOf(atRisk), workPackages);
    }
}
