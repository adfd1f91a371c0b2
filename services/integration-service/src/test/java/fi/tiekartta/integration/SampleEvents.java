package fi.tiekartta.integration;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestonePlanned;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.TestEvents;
import io.cloudevents.CloudEvent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Public events as their producers send them (data valid against the schemas), for the integration service's tests:
 * a milestone of a programme, a regional report of a region, a reporting round of several regions, a programme, and
 * one internal event (a roadmap import's acceptance) that integrations never see.
 */
public final class SampleEvents {

    private static final EventJson JSON = new EventJson();
    private static final BasisData ILLUSTRATIVE = new BasisData("ILLUSTRATIVE", null,
            new LocalizedText("Esimerkki, ei todellista tietoa", "Exempel, inte verkliga uppgifter", "Example, not real data", "fi"));
    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");

    private SampleEvents() {
    }

    /** A milestone of programme {@code programmeCode} was planned. */
    public static CloudEvent milestonePlanned(String programmeId, String programmeCode) {
        String milestoneId = UUID.randomUUID().toString();
        PeriodData quarter = Period.parse("2026-Q4").toData();
        return event(MilestoneEvents.PLANNED, milestoneId, new MilestonePlanned(milestoneId, programmeCode + "-TP1-01",
                programmeId, programmeCode, new ParentData("WORK_PACKAGE", UUID.randomUUID().toString(), "TP1", "TP1"),
                new LocalizedText("Virstanpylväs", null, "Milestone", "fi"), quarter, quarter, null, "PLANNED", List.of(),
                ILLUSTRATIVE, "stm-admin", NOW));
    }

    /** A verifier returned the report of region {@code regionCode} in programme {@code programmeCode}. */
    public static CloudEvent reportReturned(String programmeId, String programmeCode, String regionCode) {
        String reportId = UUID.randomUUID().toString();
        RegionalReportData report = new RegionalReportData(reportId, UUID.randomUUID().toString(), programmeId, programmeCode,
                UUID.randomUUID().toString(), "TP6.1", regionCode, new LocalizedText("Alue " + regionCode, null, null, "fi"),
                "RETURNED", new ReportContentData("PILOTING", null, null, new LocalizedText("Kuvaus.", null, null, "fi"),
                        List.of(), List.of()), null, "reporter-" + regionCode, 0, ILLUSTRATIVE);
        return event(ReportingEvents.REPORT_RETURNED, reportId, new RegionalReportChanged(report, "Tarkenna.", "verifier", NOW));
    }

    /** A reporting round of programme {@code programmeCode} was opened for {@code regionCodes}. */
    public static CloudEvent roundOpened(String programmeId, String programmeCode, List<String> regionCodes) {
        String roundId = UUID.randomUUID().toString();
        String measureId = UUID.randomUUID().toString();
        ReportingRoundData round = new ReportingRoundData(roundId, programmeId, programmeCode,
                new LocalizedText("Seuranta", null, null, "fi"), Period.parse("2026-H1").toData(), NOW.plus(30, ChronoUnit.DAYS),
                List.of(measureId), List.of(new MeasureKeyData(measureId, "TP6.1", new LocalizedText("Toimenpide", null, null, "fi"))),
                regionCodes, regionCodes.stream().map(code -> new RegionKeyData(code, new LocalizedText("Alue " + code, null, null, "fi")))
                        .toList(), "OPEN", null, null, ILLUSTRATIVE);
        return event(ReportingEvents.ROUND_OPENED, roundId, new ReportingRoundChanged(round, "stm-admin", NOW));
    }

    /** Programme {@code code} was created. */
    public static CloudEvent programmeCreated(String programmeId, String code) {
        return event(ProgrammeEvents.CREATED, programmeId, new ProgrammeCreated(programmeId, code,
                new LocalizedText("Ohjelma", null, "Programme", "fi"), "NATIONAL", "STM", "stm-admin", NOW, null, List.of(),
                List.of(), List.of(), "ACTIVE", null, null, List.of(), ILLUSTRATIVE, null));
    }

    /** An internal event on a public topic: not part of the public contract. */
    public static CloudEvent importAccepted() {
        return TestEvents.unchecked(RoadmapEvents.IMPORT_ACCEPTED, UUID.randomUUID().toString(), 1, NOW, "{}");
    }

    private static <T> CloudEvent event(EventContract<T> contract, String aggregateId, T data) {
        return TestEvents.of(contract, aggregateId, 1, NOW, JSON.write(data));
    }
}
