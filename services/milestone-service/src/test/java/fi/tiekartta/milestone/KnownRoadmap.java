package fi.tiekartta.milestone;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.milestone.parents.KnownParents;
import fi.tiekartta.testing.TestEvents;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A programme with work packages TP2 and TP3 and measure TP2.3, made known to milestone-service the way the real
 * ones are: their events on the programme and work package topics (written as JSON, as the producers send them),
 * awaited until the service has learnt them. Ids derive from the programme's: {@code <programme>/tp2}, …
 */
public final class KnownRoadmap {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final KnownParents known;

    public KnownRoadmap(KafkaTemplate<String, CloudEvent> kafka, KnownParents known) {
        this.kafka = kafka;
        this.known = known;
    }

    /** A new programme (its code is returned by {@link #codeOf}) with TP2, TP3 and TP2.3, known to the service. */
    public String programme() {
        String programmeId = "programme-" + UUID.randomUUID();
        String code = codeOf(programmeId);
        send(Topics.PROGRAMMES, programmeId, TestEvents.of(ProgrammeEvents.CREATED, programmeId, 0, T, """
                {"programmeId":"%s","code":"%s","names":{"fi":"Ohjelma","sv":null,"en":null,"original":"fi"},\
                "level":"NATIONAL","ownerOrganisation":"STM","createdBy":"stm-admin","createdAt":"%s"}"""
                .formatted(programmeId, code, T)));
        workPackage(programmeId, "tp2", "TP2");
        workPackage(programmeId, "tp3", "TP3");
        String tp2 = programmeId + "/tp2";
        send(Topics.WORK_PACKAGES, tp2, TestEvents.of(WorkPackageEvents.MEASURE_ADDED, tp2, 1, T, """
                {"workPackageId":"%s","programmeId":"%s","measures":[{"measureId":"%s","workPackageId":"%s",\
                "programmeId":"%s","code":"TP2.3","title":{"fi":"Mittari","sv":null,"en":null,"original":"fi"},\
                "termIds":[],"status":"ACTIVE","predecessors":[],"successors":[]}],"reason":null,\
                "changedBy":"stm-admin","changedAt":"%s"}""".formatted(tp2, programmeId, programmeId + "/tp2-3", tp2,
                programmeId, T)));
        await().until(() -> known.programme(programmeId).isPresent() && known.workPackage(programmeId + "/tp3").isPresent()
                && known.measure(programmeId + "/tp2-3").isPresent());
        return programmeId;
    }

    /** The code of a programme made by {@link #programme()}: P and the start of its id. */
    public static String codeOf(String programmeId) {
        return "P" + programmeId.substring("programme-".length(), "programme-".length() + 8).toUpperCase();
    }

    private void workPackage(String programmeId, String suffix, String code) {
        String id = programmeId + "/" + suffix;
        send(Topics.WORK_PACKAGES, id, TestEvents.of(WorkPackageEvents.DEFINED, id, 0, T, """
                {"workPackage":{"workPackageId":"%s","programmeId":"%s","code":"%s",\
                "title":{"fi":"Työpaketti","sv":null,"en":null,"original":"fi"},"goalCodes":[],"termIds":[],\
                "owner":null,"status":"ACTIVE","dependsOn":[]},"definedBy":"stm-admin","definedAt":"%s"}"""
                .formatted(id, programmeId, code, T)));
    }

    private void send(String topic, String key, CloudEvent event) {
        kafka.send(new ProducerRecord<>(topic, key, event)).join();
    }
}
