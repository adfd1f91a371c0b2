package fi.tiekartta.programme.roadmapimport;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.EvidenceEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.GoalEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The milestone rules the import asks are milestone-service's ({@code MilestoneInvariants}), each problem reported
 * at the field it concerns. Here also the ones the published schema already refuses (more than 50 links, an
 * unknown status): the rules hold whatever the schema allows.
 */
class RoadmapChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String AT = "programmes[0].workPackages[0].milestones";

    @Test
    void each_kind_of_invalid_milestone_is_a_problem_at_its_field() {
        List<MilestoneEntry> milestones = List.of(
                milestone("A", null, "ACHIEVED", null, List.of()),
                milestone("B", null, "ACHIEVED", TODAY.plusDays(1), List.of()),
                milestone("C", null, "AT_RISK", TODAY.minusDays(1), List.of()),
                milestone("D", "2022", null, null, List.of()),
                milestone("E", null, null, null, IntStream.rangeClosed(1, 51).mapToObj(i -> link("https://example.org/" + i)).toList()),
                milestone("F", null, null, null, List.of(link("https://example.org/a"), link("https://example.org/a"))),
                milestone("G", null, null, null, List.of(link("https://exa mple.org/a"))),
                milestone("H", null, "DONE", null, List.of()));

        List<DocumentProblem> problems = RoadmapChecks.problems(document(milestones), Set.of("2023-2027"), Map.of(), TODAY);

        assertThat(problems).extracting(DocumentProblem::path).containsExactly(
                AT + "[0].actualDate", AT + "[1].actualDate", AT + "[2].actualDate", AT + "[3].forecast",
                AT + "[4].evidence", AT + "[5].evidence", AT + "[6].evidence[0].url", AT + "[7].status");
    }

    @Test
    void a_valid_milestone_achieved_today_is_no_problem() {
        List<MilestoneEntry> milestones = List.of(milestone("A", "2023-summer", "ACHIEVED", TODAY, List.of(link("https://example.org/a"))));
        assertThat(RoadmapChecks.problems(document(milestones), Set.of("2023-2027"), Map.of(), TODAY)).isEmpty();
    }

    private static RoadmapDocument document(List<MilestoneEntry> milestones) {
        WorkPackageEntry workPackage = new WorkPackageEntry("TP1", text("Ohjaus"), List.of("I"), List.of("2023-2027"), null,
                null, List.of(), List.of(), milestones);
        ProgrammeEntry programme = new ProgrammeEntry("SHKO", text("Sosiaalihuollon kehittämisohjelma"), "NATIONAL", "STM",
                null, List.of(new GoalEntry("I", text("Linjaus"))), List.of(), List.of("2023-2027"), "ACTIVE", List.of(workPackage));
        return new RoadmapDocument(RoadmapDocument.FORMAT, "test", List.of(programme));
    }

    private static MilestoneEntry milestone(String key, String forecast, String status, LocalDate actualDate,
            List<EvidenceEntry> evidence) {
        return new MilestoneEntry("SHKO-" + key, text("Virstanpylväs"), null, "2023-spring", forecast, actualDate, status, evidence);
    }

    private static EvidenceEntry link(String url) {
        return new EvidenceEntry(url, null);
    }

    private static LocalizedText text(String fi) {
        return new LocalizedText(fi, null, null, "fi");
    }
}
