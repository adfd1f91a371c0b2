package fi.tiekartta.milestone.messaging;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.milestone.MilestoneKeys;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.milestone.ImportedMilestone;
import fi.tiekartta.milestone.Milestones;
import fi.tiekartta.milestone.ParentKind;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class ImportedMilestonesIntegrationTest {

    static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    Milestones milestones;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventJson eventJson;

    @Test
    void imported_milestones_wait_for_their_work_package_and_measure_then_are_planned_once() {
        String programmeId = UUID.randomUUID().toString();
        send(Topics.PROGRAMMES, programmeId, TestEvents.of(ProgrammeEvents.CREATED, programmeId, 0, T, """
                {"programmeId":"%s","code":"SHKO-M","names":{"fi":"Ohjelma","sv":null,"en":null,"original":"fi"},\
                "level":"NATIONAL","ownerOrganisation":"STM","createdBy":"stm-admin","createdAt":"%s"}""".formatted(programmeId, T)));
        String onPackage = ImportedMilestone.milestoneId(programmeId, "SHKO-TL-01");
        String onMeasure = ImportedMilestone.milestoneId(programmeId, "SHKO-TL-02");
        publishImport(programmeId);
        await().until(() -> mongo.count(Query.query(Criteria.where("programmeId").is(programmeId)), "imported_milestones_waiting") == 2);
        assertThat(milestones.find(onPackage)).as("its work package is not known yet").isEmpty();

        String workPackageId = UUID.randomUUID().toString();
        String measureId = UUID.randomUUID().toString();
        WorkPackageData tp3 = new WorkPackageData(workPackageId, programmeId, "TP3", fi("Palvelurakenneuudistuksen tukeminen"),
                List.of(), List.of(), null, "ACTIVE", List.of(), null, List.of(), null, null);
        send(Topics.WORK_PACKAGES, workPackageId, TestEvents.of(WorkPackageEvents.DEFINED, workPackageId, 0, T,
                eventJson.write(new WorkPackageDefined(tp3, "stm-admin", T))));
        MeasureData law = new MeasureData(measureId, workPackageId, programmeId, "TP3.2", fi("Sosiaalihuollon lainsäädännön uudistus"),
                List.of(), "ACTIVE", List.of(), List.of(), null, null, null);
        send(Topics.WORK_PACKAGES, workPackageId, TestEvents.of(WorkPackageEvents.MEASURE_ADDED, workPackageId, 1, T,
                eventJson.write(new MeasureChanged(workPackageId, programmeId, List.of(law), null, "stm-admin", T, null, null))));

        await().until(() -> milestones.find(onPackage).isPresent() && milestones.find(onMeasure).isPresent());
        assertThat(milestones.get(onPackage).state().parent().kind()).isEqualTo(ParentKind.WORK_PACKAGE);
        assertThat(milestones.get(onPackage).state().parent().id()).isEqualTo(workPackageId);
        assertThat(milestones.get(onMeasure).state().parent().id()).isEqualTo(measureId);
        assertThat(milestones.get(onMeasure).state().forecast().value()).isEqualTo("2021-spring/2021-summer");
        assertThat(milestones.get(onMeasure).createdBy()).isEqualTo("stm-admin");
        assertThat(milestones.get(onMeasure).state().code()).isEqualTo("SHKO-TL-02");
        assertThat(milestones.get(onMeasure).state().keys()).isEqualTo(new MilestoneKeys("SHKO-M", "TP3.2", "TP3"));
        assertThat(milestones.get(onMeasure).state().actual().value()).isEqualTo("2021-06");
        assertThat(milestones.get(onMeasure).state().basis().kind()).isEqualTo(Basis.Kind.SOURCE);
        assertThat(milestones.get(onPackage).state().status()).isEqualTo(MilestoneStatus.NOT_RECORDED);
        assertThat(milestones.get(onPackage).state().isOverdueOn(LocalDate.of(2026, 12, 3))).isFalse();

        publishImport(programmeId); // the same import again, or a redelivery
        await().until(() -> mongo.count(Query.query(Criteria.where("programmeId").is(programmeId)), "imported_milestones_waiting") == 0);
        assertThat(milestones.history(onMeasure)).as("planned once, nothing changed since").hasSize(1);
    }

    private void publishImport(String programmeId) {
        List<MilestoneEntry> timeline = List.of(
                new MilestoneEntry("SHKO-TL-01", fi("Tilannekuva"), null, "2021-spring/2021-summer", null, null, "NOT_RECORDED",
                        List.of(), null),
                new MilestoneEntry("SHKO-TL-02", fi("Lainsäädännön valmistelu"), "TP3.2", "2021-spring/2021-summer", null, "2021-06",
                        "ACHIEVED", List.of(), new BasisData("SOURCE", "[001] slide 'Sosiaalihuollon kehittämisohjelman laatiminen'", null)));
        WorkPackageEntry tp3 = new WorkPackageEntry("TP3", fi("Palvelurakenneuudistuksen tukeminen"), List.of(), List.of(), null, "ACTIVE",
                List.of(), List.of(new RoadmapDocument.MeasureEntry("TP3.2", fi("Sosiaalihuollon lainsäädännön uudistus"), List.of(), null)), timeline, List.of(), null, null);
        ProgrammeEntry programme = new ProgrammeEntry("SHKO-M", fi("Sosiaalihuollon kehittämisohjelma"), "NATIONAL", "STM", null,
                List.of(), List.of(), List.of(), "ACTIVE", List.of(tp3), null, null, List.of(), null, null);
        RoadmapImportAccepted accepted = new RoadmapImportAccepted("import-" + programmeId, Map.of("SHKO-M", programmeId),
                new RoadmapDocument(RoadmapDocument.FORMAT, "test", List.of(programme)), "stm-admin", T);
        send(Topics.PROGRAMMES, accepted.importId(), TestEvents.of(RoadmapEvents.IMPORT_ACCEPTED, accepted.importId(), 0, T,
                eventJson.write(accepted)));
    }

    private void send(String topic, String key, CloudEvent event) {
        kafka.send(new ProducerRecord<>(topic, key, event)).join();
    }

    private static LocalizedText fi(String text) {
        return new LocalizedText(text, null, null, "fi");
    }
}
