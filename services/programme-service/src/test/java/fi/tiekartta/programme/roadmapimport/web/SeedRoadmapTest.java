package fi.tiekartta.programme.roadmapimport.web;

import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.programme.roadmapimport.RoadmapChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed roadmap of the local stack (deploy/seed/roadmap.yaml) as the import reads and checks it, and what it
 * says: no milestone shows as overdue that the sources show as done or ongoing, every status and inference has
 * its basis, and the facts issue 9 names are there as data.
 */
class SeedRoadmapTest {

    /** The day the seed was last gone through; the seed must not show false alarms on it. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    static final Set<String> TERMS = Set.of("2015-2019", "2019-2023", "2023-2027", "2027-2031");

    static RoadmapDocument seed;

    @BeforeAll
    static void read() throws Exception {
        seed = new RoadmapDocumentReader().read(Files.readAllBytes(Path.of("../../deploy/seed/roadmap.yaml")), true);
    }

    @Test
    void the_seed_has_the_shape_of_a_roadmap_and_passes_every_import_check() {
        assertThat(RoadmapChecks.problems(seed, TERMS, Map.of(), AS_OF)).isEmpty();
        assertThat(RoadmapChecks.problems(seed, TERMS, Map.of(), LocalDate.now())).isEmpty();
    }

    @Test
    void no_seeded_milestone_is_overdue() {
        List<String> overdue = milestones()
                .filter(m -> status(m).expectsCompletion())
                .filter(m -> Period.read(m.forecast() == null ? m.baseline() : m.forecast()).hasEndedBefore(AS_OF))
                .map(MilestoneEntry::key).toList();
        assertThat(overdue).as("open milestones whose forecast has ended").isEmpty();
    }

    @Test
    void a_past_milestone_is_achieved_with_its_source_or_its_completion_is_not_recorded() {
        milestones().filter(m -> Period.read(m.baseline()).hasEndedBefore(AS_OF)).forEach(m -> {
            assertThat(status(m)).as(m.key()).isIn(MilestoneStatus.ACHIEVED, MilestoneStatus.NOT_RECORDED);
            assertThat(m.basis()).as("basis of " + m.key()).isNotNull();
        });
        milestones().filter(m -> status(m) == MilestoneStatus.ACHIEVED).forEach(m -> {
            assertThat(m.actual()).as(m.key()).isNotNull();
            assertThat(m.basis().source()).as(m.key()).isNotBlank();
        });
        milestones().filter(m -> status(m) == MilestoneStatus.NOT_RECORDED).forEach(m ->
                assertThat(m.basis().note()).as("a note says why " + m.key() + " is not recorded").isNotNull());
    }

    @Test
    void every_fact_has_its_basis_and_every_inference_its_note() {
        Stream<Object> bases = Stream.concat(
                seed.programmes().stream().flatMap(p -> Stream.of(p.basis(), p.statusBasis())),
                workPackages().flatMap(wp -> Stream.concat(Stream.of(wp.basis(), wp.statusBasis()),
                        wp.measures() == null ? Stream.empty() : wp.measures().stream().map(RoadmapDocument.MeasureEntry::basis))));
        assertThat(bases).doesNotContainNull();
        assertThat(milestones().map(MilestoneEntry::basis)).doesNotContainNull();
        Stream.concat(seed.programmes().stream().flatMap(p -> Stream.of(p.basis(), p.statusBasis())),
                        Stream.concat(workPackages().flatMap(wp -> Stream.of(wp.basis(), wp.statusBasis())),
                                milestones().map(MilestoneEntry::basis)))
                .filter(b -> b != null && b.kind().equals("INFERENCE"))
                .forEach(b -> assertThat(Basis.fromEvent(b).note()).isNotNull());
    }

    @Test
    void the_facts_of_issue_9_are_data() {
        MilestoneEntry networkDay = milestone("PH-SOTY-01");
        assertThat(networkDay.status()).isEqualTo("ACHIEVED");
        assertThat(networkDay.actual()).isEqualTo("2023-05-17");
        assertThat(networkDay.basis().kind()).isEqualTo("SOURCE");
        assertThat(milestone("SHKO-VALM-12").baseline()).isEqualTo("2023-spring/..");
        assertThat(milestone("SHKO-VALM-13").baseline()).isEqualTo("2023-spring/..");
        assertThat(milestone("SHKO-VALM-15").baseline()).isEqualTo("2021-spring/2022");
        assertThat(milestone("SHKO-VALM-16").baseline()).isEqualTo("2022/..");
        assertThat(milestone("SHKO-VALM-17").baseline()).isEqualTo("2023/..");
        assertThat(programme("PH-SOTY").period()).isEqualTo("2023/2025");
        ProgrammeEntry shko = programme("SHKO");
        assertThat(shko.origin().government()).isEqualTo("Marin");
        assertThat(shko.origin().section()).isEqualTo("3.6");
        assertThat(shko.origin().objective()).isEqualTo("4");
        assertThat(shko.origin().quote().fi()).startsWith("Laaditaan sosiaalihuollon kehittämisohjelma");
        assertThat(programme("THL-RSO").relations()).anySatisfy(relation -> {
            assertThat(relation.type()).isEqualTo("PART_OF");
            assertThat(relation.name().fi()).isEqualTo("Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma");
        });
        WorkPackageEntry tp2 = shko.workPackages().stream().filter(wp -> wp.code().equals("TP2")).findFirst().orElseThrow();
        assertThat(tp2.notes()).extracting(note -> note.text().fi()).containsExactly("TP2 sisältää 2022 alkavaa toimintaa");
        assertThat(tp2.status()).isEqualTo("ACTIVE");
        assertThat(tp2.statusBasis().kind()).isEqualTo("INFERENCE");
    }

    private static MilestoneStatus status(MilestoneEntry milestone) {
        return milestone.status() == null ? MilestoneStatus.PLANNED : MilestoneStatus.valueOf(milestone.status());
    }

    private static ProgrammeEntry programme(String code) {
        return seed.programmes().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static MilestoneEntry milestone(String key) {
        return milestones().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    private static Stream<WorkPackageEntry> workPackages() {
        return seed.programmes().stream().flatMap(p -> p.workPackages() == null ? Stream.empty() : p.workPackages().stream());
    }

    private static Stream<MilestoneEntry> milestones() {
        return workPackages().flatMap(wp -> wp.milestones() == null ? Stream.empty() : wp.milestones().stream())
                .filter(Objects::nonNull);
    }
}
