package fi.tiekartta.notification;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestoneOverdue;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.TestEvents;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends events as region-service, workpackage-service and milestone-service send them (checked against their
 * schemas by {@link TestEvents}); one partition per topic in the embedded broker, so a topic's events are consumed
 * in the order sent.
 */
final class Publisher {

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final EventJson json;

    Publisher(KafkaTemplate<String, CloudEvent> kafka, EventJson json) {
        this.kafka = kafka;
        this.json = json;
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** A round of programme SHKO asking {@code regions} about {@code measures} (ids; codes TP6.1, TP6.2, …). */
    void roundOpened(String roundId, String title, Instant deadline, List<String> regions, List<String> measures, Instant at) {
        List<MeasureKeyData> keys = measures.stream().map(id -> new MeasureKeyData(id, code(measures, id),
                new LocalizedText("Toimenpide " + code(measures, id), "Åtgärd " + code(measures, id), null, "fi"))).toList();
        ReportingRoundData round = new ReportingRoundData(roundId, "prog-shko", "SHKO",
                new LocalizedText(title, title + " (sv)", title + " (en)", "fi"), Period.parse("2026-H2").toData(), deadline,
                measures, keys, regions,
                regions.stream().map(region -> new RegionKeyData(region, new LocalizedText("Alue " + region, null, null, "fi"))).toList(),
                "OPEN", null, null, null);
        send(ReportingEvents.ROUND_OPENED, roundId, 0, at, new ReportingRoundChanged(round, "stm-admin", at));
    }

    /** A report event of the cell (round, region, measure); its status follows from the contract. */
    CloudEvent report(EventContract<RegionalReportChanged> contract, String reportId, long version, String roundId, String region,
            String measureId, String measureCode, String comment, Instant at) {
        String status = contract == ReportingEvents.REPORT_RETURNED ? "RETURNED"
                : contract == ReportingEvents.REPORT_VERIFIED ? "VERIFIED" : "SUBMITTED";
        RegionalReportData report = new RegionalReportData(reportId, roundId, "prog-shko", "SHKO", measureId, measureCode,
                region, new LocalizedText("Alue " + region, null, null, "fi"), status,
                new ReportContentData("PILOTING", null, null, new LocalizedText("Kuvaus.", null, null, "fi"), List.of(), List.of()),
                null, "reporter-" + region, 0, null);
        String by = contract == ReportingEvents.REPORT_SUBMITTED ? "reporter-" + region : "thl-verifier";
        return send(contract, reportId, version, at, new RegionalReportChanged(report, comment, by, at));
    }

    /** The same event again, with its id: as Kafka redelivers it after a consumer's crash. */
    void again(CloudEvent event) {
        kafka.send(new ProducerRecord<>(fi.tiekartta.contracts.Topics.REGIONAL_REPORTING, event.getSubject(), event)).join();
    }

    void workPackageDefined(String workPackageId, String programmeCode, String code, String owner, Instant at) {
        WorkPackageData workPackage = new WorkPackageData(workPackageId, "prog-" + programmeCode, code,
                new LocalizedText("Palvelurakenteen tuki", "Stöd för servicestrukturen", "Support for the service structure", "fi"),
                List.of("I"), List.of("2023-2027"), owner, "ACTIVE", List.of(), programmeCode, List.of(), null, null);
        send(WorkPackageEvents.DEFINED, workPackageId, 0, at, new WorkPackageDefined(workPackage, "stm-admin", at));
    }

    void measureAdded(String workPackageId, String programmeCode, String workPackageCode, String measureId, String code,
            long version, Instant at) {
        MeasureData measure = new MeasureData(measureId, workPackageId, "prog-" + programmeCode, code,
                new LocalizedText("Toimenpide " + code, null, null, "fi"), List.of("2023-2027"), "ACTIVE", List.of(), List.of(),
                workPackageCode, programmeCode, null);
        send(WorkPackageEvents.MEASURE_ADDED, workPackageId, version, at, new MeasureChanged(workPackageId,
                "prog-" + programmeCode, List.of(measure), null, "stm-admin", at, workPackageCode, programmeCode));
    }

    void confidence(String workPackageId, String programmeCode, String code, String previous, String rating, long version,
            Instant at) {
        send(WorkPackageEvents.CONFIDENCE_CHANGED, workPackageId, version, at, new ConfidenceChanged(workPackageId,
                "prog-" + programmeCode, code, rating, previous, "Rahoituspäätös viivästyy.", "stm-admin", at, programmeCode));
    }

    void milestoneOverdue(String milestoneId, String programmeCode, ParentData parent, Instant at) {
        MilestoneOverdue overdue = new MilestoneOverdue(milestoneId, programmeCode + "-VALM-02", "prog-" + programmeCode,
                programmeCode, parent, new LocalizedText("Lakiesitys eduskunnalle", "Proposition till riksdagen",
                "Government bill to Parliament", "fi"), Period.parse("2026-autumn").toData(), Period.parse("2026-autumn").toData(),
                "AT_RISK", FinnishTime.dateOf(at), at);
        send(MilestoneEvents.OVERDUE, milestoneId, 3, at, overdue);
    }

    private static String code(List<String> measures, String id) {
        return "TP6." + (measures.indexOf(id) + 1);
    }

    private <T> CloudEvent send(EventContract<T> contract, String key, long version, Instant time, T data) {
        CloudEvent event = TestEvents.of(contract, key, version, time, json.write(data));
        kafka.send(new ProducerRecord<>(contract.topic(), key, event)).join();
        return event;
    }
}
