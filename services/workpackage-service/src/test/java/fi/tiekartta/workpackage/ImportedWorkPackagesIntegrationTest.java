package fi.tiekartta.workpackage;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.workpackage.NoteData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MeasureEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class ImportedWorkPackagesIntegrationTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    WorkPackages workPackages;
    @Autowired
    EventJson eventJson;

    @Test
    void an_accepted_import_defines_the_work_packages_and_measures_once_and_a_changed_one_revises_them_in_place() {
        String programmeId = UUID.randomUUID().toString();
        publish(programmeId, "Sosiaalihuollon lainsäädännön uudistus", false);
        await().until(() -> workPackage(programmeId, "TP3") != null && workPackage(programmeId, "TP3").state().measures().size() == 2);

        Versioned<WorkPackage> tp3 = workPackage(programmeId, "TP3");
        Versioned<WorkPackage> tp2 = workPackage(programmeId, "TP2");
        assertThat(tp3.state().dependsOn()).containsExactly(tp2.id());
        assertThat(tp3.state().goalCodes()).containsExactly("II");
        assertThat(tp3.state().programmeCode()).as("the programme's code from the document").isEqualTo("SHKO-T");
        assertThat(tp2.state().notes()).extracting(note -> note.text().fi()).containsExactly("TP2 sisältää 2022 alkavaa toimintaa");
        assertThat(tp2.state().basis().kind()).isEqualTo(Basis.Kind.SOURCE);
        assertThat(tp2.state().statusBasis().note().en()).isEqualTo("Begun.");
        String lawId = measure(tp3, "TP3.2").id();

        publish(programmeId, "Sosiaalihuollon lainsäädännön uudistus", false); // redelivery or the same import again
        publish(programmeId, "Sosiaalihuoltolain kokonaisuudistus", true);
        await().until(() -> workPackage(programmeId, "TP3").state().measures().size() == 3);

        Versioned<WorkPackage> after = workPackage(programmeId, "TP3");
        assertThat(measure(after, "TP3.2").id()).as("matched by code: the id stays").isEqualTo(lawId);
        assertThat(measure(after, "TP3.2").title().fi()).isEqualTo("Sosiaalihuoltolain kokonaisuudistus");
        assertThat(workPackages.history(after.id())).as("defined, dependency, 2 measures, renamed, added").hasSize(6);
        assertThat(workPackages.history(tp2.id())).as("nothing changed for TP2").hasSize(1);
    }

    private void publish(String programmeId, String lawTitle, boolean withNewMeasure) {
        List<MeasureEntry> measures = new ArrayList<>(List.of(
                new MeasureEntry("TP3.1", fi("Peruspalveluiden vaikuttavuus"), List.of("2019-2023"), null),
                new MeasureEntry("TP3.2", fi(lawTitle), List.of("2019-2023"), null)));
        if (withNewMeasure) {
            measures.add(new MeasureEntry("TP3.3", fi("Palvelurakenteen vahvistaminen"), List.of("2019-2023"), null));
        }
        WorkPackageEntry tp2 = new WorkPackageEntry("TP2", fi("TKKI-rakenne, sääntely ja rahoitus"), List.of("III"), List.of("2019-2023"),
                "STM", "ACTIVE", List.of(), List.of(), List.of(),
                List.of(new NoteData(fi("TP2 sisältää 2022 alkavaa toimintaa"), new BasisData("SOURCE", "[001] roadmap slide", null))),
                new BasisData("SOURCE", "[001] roadmap slide", null),
                new BasisData("INFERENCE", "[001] results slide", new LocalizedText(null, null, "Begun.", "en")));
        WorkPackageEntry tp3 = new WorkPackageEntry("TP3", fi("Palvelurakenneuudistuksen tukeminen"), List.of("II"), List.of("2019-2023"),
                "STM", "ACTIVE", List.of("TP2"), measures, List.of(), List.of(), null, null);
        ProgrammeEntry programme = new ProgrammeEntry("SHKO-T", fi("Sosiaalihuollon kehittämisohjelma"), "NATIONAL", "STM", null,
                List.of(new RoadmapDocument.GoalEntry("II", fi("Rakenteet")), new RoadmapDocument.GoalEntry("III", fi("TKKI"))),
                List.of(), List.of("2019-2023"), "ACTIVE", List.of(tp2, tp3), null, null, List.of(), null, null);
        String importId = UUID.randomUUID().toString().replace("-", "");
        RoadmapImportAccepted accepted = new RoadmapImportAccepted(importId, Map.of("SHKO-T", programmeId),
                new RoadmapDocument(RoadmapDocument.FORMAT, "test", List.of(programme)), "stm-admin", Instant.parse("2026-11-22T08:00:00Z"));
        kafka.send(new ProducerRecord<>(Topics.PROGRAMMES, importId, TestEvents.of(RoadmapEvents.IMPORT_ACCEPTED, importId, 0,
                accepted.acceptedAt(), eventJson.write(accepted)))).join();
    }

    private Versioned<WorkPackage> workPackage(String programmeId, String code) {
        return workPackages.withCode(programmeId, code).orElse(null);
    }

    private static Measure measure(Versioned<WorkPackage> workPackage, String code) {
        return workPackage.state().measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private static LocalizedText fi(String text) {
        return new LocalizedText(text, null, null, "fi");
    }
}
