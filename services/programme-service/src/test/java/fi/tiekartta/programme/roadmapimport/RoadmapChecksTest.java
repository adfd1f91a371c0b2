package fi.tiekartta.programme.roadmapimport;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.programme.RelationData;
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
                milestone("B", null, "ACHIEVED", TODAY.plusDays(1).toString(), List.of()),
                milestone("C", null, "AT_RISK", "2026-10", List.of()),
                milestone("D", "2022", null, null, List.of()),
                milestone("E", null, null, null, IntStream.rangeClosed(1, 51).mapToObj(i -> link("https://example.org/" + i)).toList()),
                milestone("F", null, null, null, List.of(link("https://example.org/a"), link("https://example.org/a"))),
                milestone("G", null, null, null, List.of(link("https://exa mple.org/a"))),
                milestone("H", null, "DONE", null, List.of()));

        List<DocumentProblem> problems = RoadmapChecks.problems(document(milestones), Set.of("2023-2027"), Map.of(), TODAY);

        assertThat(problems).extracting(DocumentProblem::path).containsExactly(
                AT + "[0].actual", AT + "[1].actual", AT + "[2].actual", AT + "[3].forecast",
                AT + "[4].evidence", AT + "[5].evidence", AT + "[6].evidence[0].url", AT + "[7].status");
    }

    @Test
    void a_valid_milestone_achieved_today_is_no_problem() {
        List<MilestoneEntry> milestones = List.of(milestone("A", "2023-summer", "ACHIEVED", TODAY.toString(), List.of(link("https://example.org/a"))));
        assertThat(RoadmapChecks.problems(document(milestones), Set.of("2023-2027"), Map.of(), TODAY)).isEmpty();
    }

    @Test
    void finnish_periods_are_read_and_the_accepted_document_carries_them_canonically() {
        List<MilestoneEntry> milestones = List.of(
                new MilestoneEntry("SHKO-A", text("Arviointi"), null, "Kevät 2023 –", null, null, "PLANNED", List.of(), null),
                new MilestoneEntry("SHKO-B", text("Lähtökohdat"), null, "kevät 2021–2022", null, null, "NOT_RECORDED", List.of(), null),
                new MilestoneEntry("SHKO-C", text("Verkostopäivä"), null, "17.5.2023", null, "17.5.2023", "ACHIEVED", List.of(), null));
        RoadmapDocument document = document(milestones);
        assertThat(RoadmapChecks.problems(document, Set.of("2023-2027"), Map.of(), TODAY)).isEmpty();
        List<MilestoneEntry> canonical = RoadmapChecks.canonical(document).programmes().get(0).workPackages().get(0).milestones();
        assertThat(canonical).extracting(MilestoneEntry::baseline).containsExactly("2023-spring/..", "2021-spring/2022", "2023-05-17");
        assertThat(canonical.get(2).actual()).isEqualTo("2023-05-17");
    }

    @Test
    void completion_is_not_recorded_only_once_the_forecast_has_ended_and_an_open_ended_period_is_never_achieved() {
        List<MilestoneEntry> milestones = List.of(
                new MilestoneEntry("SHKO-A", text("A"), null, "2027", null, null, "NOT_RECORDED", List.of(), null),
                new MilestoneEntry("SHKO-B", text("B"), null, "2023-spring", null, "2023-spring/..", "ACHIEVED", List.of(), null),
                new MilestoneEntry("SHKO-C", text("C"), null, "2023-spring/..", null, null, "NOT_RECORDED", List.of(), null));
        assertThat(RoadmapChecks.problems(document(milestones), Set.of("2023-2027"), Map.of(), TODAY))
                .extracting(DocumentProblem::path)
                .containsExactly(AT + "[0].status", AT + "[1].actual", AT + "[2].status");
    }

    @Test
    void a_programme_relates_only_to_programmes_that_exist_and_its_bases_hold() {
        RoadmapDocument base = document(List.of());
        ProgrammeEntry shko = base.programmes().get(0);
        ProgrammeEntry related = new ProgrammeEntry(shko.code(), shko.names(), shko.level(), shko.ownerOrganisation(), null,
                shko.goals(), List.of(), shko.termIds(), shko.status(), shko.workPackages(), "2023–2025", null,
                List.of(new RelationData("PART_OF", "NO-SUCH", null, null),
                        new RelationData("SUPPORTS", null, text("Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"), null)),
                new BasisData("INFERENCE", "[001]", null), null);
        List<DocumentProblem> problems = RoadmapChecks.problems(new RoadmapDocument(RoadmapDocument.FORMAT, "test", List.of(related)),
                Set.of("2023-2027"), Map.of(), TODAY);
        assertThat(problems).extracting(DocumentProblem::path).containsExactly("programmes[0].basis");
        ProgrammeEntry fine = new ProgrammeEntry(shko.code(), shko.names(), shko.level(), shko.ownerOrganisation(), null,
                shko.goals(), List.of(), shko.termIds(), shko.status(), shko.workPackages(), "2023–2025", null,
                List.of(new RelationData("PART_OF", "NO-SUCH", null, null)), null, null);
        assertThat(RoadmapChecks.problems(new RoadmapDocument(RoadmapDocument.FORMAT, "test", List.of(fine)), Set.of("2023-2027"),
                Map.of(), TODAY)).extracting(DocumentProblem::path).containsExactly("programmes[0].relations");
        assertThat(RoadmapChecks.canonical(new RoadmapDocument(RoadmapDocument.FORMAT, "test", List.of(fine))).programmes().get(0).period())
                .isEqualTo("2023/2025");
    }

    private static RoadmapDocument document(List<MilestoneEntry> milestones) {
        WorkPackageEntry workPackage = new WorkPackageEntry("TP1", text("Ohjaus"), List.of("I"), List.of("2023-2027"), null,
                null, List.of(), List.of(), milestones, List.of(), null, null);
        ProgrammeEntry programme = new ProgrammeEntry("SHKO", text("Sosiaalihuollon kehittämisohjelma"), "NATIONAL", "STM",
                null, List.of(new GoalEntry("I", text("Linjaus"))), List.of(), List.of("2023-2027"), "ACTIVE", List.of(workPackage), null, null, List.of(), null, null);
        return new RoadmapDocument(RoadmapDocument.FORMAT, "test", List.of(programme));
    }

    private static MilestoneEntry milestone(String key, String forecast, String status, String actual,
            List<EvidenceEntry> evidence) {
        return new MilestoneEntry("SHKO-" + key, text("Virstanpylväs"), null, "2023-spring", forecast, actual, status, evidence,
                null);
    }

    private static EvidenceEntry link(String url) {
        return new EvidenceEntry(url, null);
    }

    private static LocalizedText text(String fi) {
        return new LocalizedText(fi, null, null, "fi");
    }
}
