package fi.tiekartta.milestone.application;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.milestone.ImportedMilestone;
import fi.tiekartta.milestone.WaitingImports;
import fi.tiekartta.milestone.parents.KnownParents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An imported milestone that breaks a milestone's rules fails the import when it arrives, whole and loudly,
 * instead of waiting for its parent and being dropped then. (Parents are unknown here, so nothing is applied.)
 */
class ImportingMilestonesTest {

    /** 10.6.2023 in Helsinki. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-06-10T09:00:00Z"), ZoneOffset.UTC);

    final List<ImportedMilestone> waiting = new ArrayList<>();
    final MilestoneService service = new MilestoneService(null, new NoParentsKnown(), new ListedWaiting(waiting), CLOCK);

    static Stream<MilestoneEntry> invalidEntries() {
        return Stream.of(
                entry("2023-spring", "2022", null, "PLANNED"),
                entry("2023-spring", null, null, "ACHIEVED"),
                entry("2023-spring", null, "2023-05-01", "ON_TRACK"),
                entry("2023-spring", null, "2023-06-11", "ACHIEVED"),
                entry("2023-spring", null, "2023/..", "ACHIEVED"),
                entry("2023-autumn", null, null, "NOT_RECORDED"),
                entry("keväällä 2023", null, null, "PLANNED"));
    }

    @ParameterizedTest
    @MethodSource("invalidEntries")
    void an_import_with_an_invalid_milestone_is_refused_whole(MilestoneEntry invalid) {
        List<ImportedMilestone> imported = List.of(
                ImportedMilestone.of("shko", "TP2", entry("2023-spring", null, null, "PLANNED"), "stm-admin"),
                ImportedMilestone.of("shko", "TP2", invalid, "stm-admin"));
        assertThatThrownBy(() -> service.importing(imported)).isInstanceOf(DomainRuleViolation.class);
        assertThat(waiting).as("nothing of the import waits to be applied").isEmpty();
    }

    @Test
    void valid_milestones_wait_for_their_parents() {
        service.importing(List.of(ImportedMilestone.of("shko", "TP2", entry("2023-spring", "2023-autumn",
                "2023-06-10", "ACHIEVED"), "stm-admin")));
        assertThat(waiting).singleElement().satisfies(milestone ->
                assertThat(milestone.milestoneId()).isEqualTo(ImportedMilestone.milestoneId("shko", "SHKO-TL-01")));
    }

    private static MilestoneEntry entry(String baseline, String forecast, String actual, String status) {
        return new MilestoneEntry("SHKO-TL-01", new LocalizedText("Tilannekuva", null, null, "fi"), null, baseline, forecast,
                actual, status, List.of(), null);
    }

    private static final class NoParentsKnown implements KnownParents {

        @Override
        public Optional<String> workPackageId(String programmeId, String code) {
            return Optional.empty();
        }

        @Override
        public Optional<String> measureId(String workPackageId, String code) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownProgramme> programme(String programmeId) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownWorkPackage> workPackage(String workPackageId) {
            return Optional.empty();
        }

        @Override
        public Optional<KnownMeasure> measure(String measureId) {
            return Optional.empty();
        }
    }

    private record ListedWaiting(List<ImportedMilestone> list) implements WaitingImports {

        @Override
        public void save(ImportedMilestone milestone) {
            list.removeIf(waiting -> waiting.milestoneId().equals(milestone.milestoneId()));
            list.add(milestone);
        }

        @Override
        public List<ImportedMilestone> all() {
            return List.copyOf(list);
        }

        @Override
        public void remove(String milestoneId) {
            list.removeIf(waiting -> waiting.milestoneId().equals(milestoneId));
        }
    }
}
