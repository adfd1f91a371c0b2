package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.reporting.VerificationData;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class RegionalProjectionIntegrationTest {

    static final BasisData ILLUSTRATIVE = new BasisData("ILLUSTRATIVE", null,
            new LocalizedText("Esimerkki, ei todellista tietoa", "Exempel, inte verkliga uppgifter", "Example, not real data", "fi"));

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    RegionalViews views;
    @Autowired
    MeasureCoverage coverage;
    @Autowired
    RegionalImplementation implementation;
    @Autowired
    ReportingAttention attention;
    @Autowired
    ChangeFeed changes;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** A programme of its own per test, so tests sharing the context do not see each other's rounds. */
    final String programmeId = UUID.randomUUID().toString();
    final String programme = "R" + programmeId.substring(0, 5).toUpperCase();
    final String m1 = UUID.randomUUID().toString();
    final String m2 = UUID.randomUUID().toString();

    @Test
    void a_closed_and_an_open_round_make_the_matrix_the_region_view_coverage_and_attention() throws Exception {
        String r1 = UUID.randomUUID().toString();
        String r2 = UUID.randomUUID().toString();
        Instant deadline1 = now.minus(Duration.ofDays(30));
        Instant deadline2 = now.plus(Duration.ofDays(5));
        ReportingRoundData round1 = round(r1, "2026-H1", deadline1, List.of("09", "17", "90"), List.of(m1, m2), "OPEN", null);
        publish(ReportingEvents.ROUND_OPENED, r1, 0, new ReportingRoundChanged(round1, "stm-admin", deadline1.minus(Duration.ofDays(40))));

        // Päijät-Häme: TP6.1 submitted, returned, resubmitted, verified lower; TP6.2 submitted only
        String p1 = UUID.randomUUID().toString();
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(p1, r1, "09", m1, "SUBMITTED", partial(35.0), null, 0), null);
        publishReport(ReportingEvents.REPORT_RETURNED, 2, report(p1, r1, "09", m1, "RETURNED", partial(35.0), null, 0),
                "Kerro, mihin väestöosuus perustuu.");
        publishReport(ReportingEvents.REPORT_SUBMITTED, 3, report(p1, r1, "09", m1, "SUBMITTED", partial(35.0), null, 0), null);
        publishReport(ReportingEvents.REPORT_VERIFIED, 4, report(p1, r1, "09", m1, "VERIFIED", partial(35.0),
                verification("PARTIAL", 30.0), 0), null);
        String p2 = UUID.randomUUID().toString();
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(p2, r1, "09", m2, "SUBMITTED", content("PLANNING"), null, 0), null);
        // Pohjanmaa: TP6.1 verified as reported, corrected after the close
        String o1 = UUID.randomUUID().toString();
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(o1, r1, "17", m1, "SUBMITTED", content("PILOTING"), null, 0), null);
        publishReport(ReportingEvents.REPORT_VERIFIED, 2, report(o1, r1, "17", m1, "VERIFIED", content("PILOTING"),
                verification("PILOTING", null), 0), null);
        publish(ReportingEvents.ROUND_CLOSED, r1, 1, new ReportingRoundChanged(
                round(r1, "2026-H1", deadline1, List.of("09", "17", "90"), List.of(m1, m2), "CLOSED", deadline1), "system", deadline1));
        publishReport(ReportingEvents.REPORT_REVISED, 3, report(o1, r1, "17", m1, "SUBMITTED", content("ESTABLISHED"),
                verification("PILOTING", null), 1), "Käyttöönotto vahvistui tammikuussa.");

        // the open round: Päijät-Häme's TP6.1 returned, Pohjanmaa's missing
        publish(ReportingEvents.ROUND_OPENED, r2, 0, new ReportingRoundChanged(
                round(r2, "2026-H2", deadline2, List.of("09", "17"), List.of(m1), "OPEN", null), "stm-admin", now.minus(Duration.ofDays(20))));
        String p3 = UUID.randomUUID().toString();
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(p3, r2, "09", m1, "SUBMITTED", partial(60.0), null, 0), null);
        publishReport(ReportingEvents.REPORT_RETURNED, 2, report(p3, r2, "09", m1, "RETURNED", partial(60.0), null, 0), "Tarkenna osuus.");

        await().until(() -> views.currentMatrix(programme).map(matrix -> matrix.rounds().size() == 2).orElse(false)
                && "RETURNED".equals(views.roundMatrix(programme, r2, false).map(matrix -> cell(matrix, "09", 0).status()).orElse(null)));

        // the current state: the latest across rounds, self-reported and verified apart, each with its round
        mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("CURRENT"))
                .andExpect(jsonPath("$.illustrative").value(true))
                .andExpect(jsonPath("$.rounds[*].roundId", contains(r1, r2)))
                .andExpect(jsonPath("$.rounds[0].basis.kind").value("ILLUSTRATIVE"))
                .andExpect(jsonPath("$.measures[*].code", contains("TP6.1", "TP6.2")))
                .andExpect(jsonPath("$.areas", hasSize(5)))
                .andExpect(jsonPath("$.areas[*].organisers[*]", hasSize(22)))
                .andExpect(jsonPath("$.areas[0].code").value("1"))
                .andExpect(jsonPath("$.areas[0].names.fi").value("Etelä-Suomen yhteistyöalue"))
                .andExpect(jsonPath("$.areas[0].organisers[4].code").value("09"))
                .andExpect(jsonPath("$.areas[0].organisers[4].names.fi").value("Päijät-Hämeen hyvinvointialue"))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[0].selfReported.level").value("PARTIAL"))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[0].selfReported.share").value(35.0))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[0].selfReported.roundId").value(r1))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[0].selfReported.period.value").value("2026-H1"))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[0].selfReported.illustrative").value(true))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[0].verified.share").value(30.0))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[1].selfReported.level").value("PLANNING"))
                .andExpect(jsonPath("$.areas[0].organisers[4].cells[1].verified").value(nullValue()))
                .andExpect(jsonPath("$.areas[0].organisers[7].code").value("90"))
                .andExpect(jsonPath("$.areas[0].organisers[7].cells[0].status").value("NOT_REPORTED"));
        RegionalMatrix current = views.currentMatrix(programme).orElseThrow();
        RegionalMatrix.Cell pohjanmaa = cell(current, "17", 0);
        assertThat(pohjanmaa.selfReported().level()).isEqualTo("ESTABLISHED");
        assertThat(pohjanmaa.verified().level()).isEqualTo("PILOTING");
        assertThat(pohjanmaa.corrections()).isEqualTo(1);

        // the closed round as at its deadline, and as corrected
        mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).param("round", r1)
                        .param("view", "deadline").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("DEADLINE"))
                .andExpect(jsonPath("$.round.status").value("CLOSED"))
                .andExpect(jsonPath("$.round.basis.kind").value("ILLUSTRATIVE"))
                .andExpect(jsonPath("$.illustrative").value(true));
        RegionalMatrix atDeadline = views.roundMatrix(programme, r1, true).orElseThrow();
        assertThat(cell(atDeadline, "17", 0).status()).isEqualTo("VERIFIED");
        assertThat(cell(atDeadline, "17", 0).selfReported().level()).isEqualTo("PILOTING");
        assertThat(cell(atDeadline, "90", 0).status()).isEqualTo("MISSING");
        assertThat(cell(atDeadline, "01", 0).status()).isEqualTo("NOT_ASKED");
        assertThat(cell(atDeadline, "09", 0).verified().share()).isEqualTo(30.0);
        RegionalMatrix corrected = views.roundMatrix(programme, r1, false).orElseThrow();
        assertThat(corrected.view()).isEqualTo("CORRECTED");
        assertThat(cell(corrected, "17", 0).status()).isEqualTo("SUBMITTED");
        assertThat(cell(corrected, "17", 0).selfReported().level()).isEqualTo("ESTABLISHED");
        assertThat(cell(corrected, "17", 0).verified().level()).isEqualTo("PILOTING");
        assertThat(cell(corrected, "17", 0).corrections()).isEqualTo(1);

        // the region: each round, the trend, what it owes and what was returned
        mvc.perform(get("/api/progress/regions/09").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("09"))
                .andExpect(jsonPath("$.cooperationAreaCode").value("1"));
        RegionView region = views.region("09", now).orElseThrow();
        List<RegionView.RoundReports> mine = region.rounds().stream()
                .filter(round -> programme.equals(round.round().programmeCode())).toList();
        assertThat(mine).extracting(round -> round.round().roundId()).containsExactly(r1, r2);
        assertThat(mine.get(0).reports()).extracting(RegionView.Report::measureCode, RegionView.Report::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TP6.1", "VERIFIED"), org.assertj.core.groups.Tuple.tuple("TP6.2", "SUBMITTED"));
        RegionView.Trend trend = region.trends().stream().filter(t -> t.measureId().equals(m1)).findFirst().orElseThrow();
        assertThat(trend.points()).extracting(RegionView.Point::roundId).containsExactly(r1, r2);
        assertThat(trend.points()).extracting(RegionView.Point::selfReported).containsExactly("PARTIAL", null);
        assertThat(trend.points()).extracting(RegionView.Point::verified).containsExactly("PARTIAL", null);
        assertThat(trend.points()).extracting(RegionView.Point::status).containsExactly("VERIFIED", "RETURNED");
        RegionView.Owed owed = region.owes().stream().filter(o -> o.round().roundId().equals(r2)).findFirst().orElseThrow();
        assertThat(owed.overdue()).isFalse();
        assertThat(owed.round().deadline()).isEqualTo(deadline2);
        assertThat(owed.reports()).extracting(RegionView.OwedReport::status, RegionView.OwedReport::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RETURNED", "Tarkenna osuus."));
        assertThat(region.returned().stream().filter(r -> programme.equals(r.programmeCode())))
                .extracting(RegionView.Returned::comment, RegionView.Returned::statusNow)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tarkenna osuus.", "RETURNED"),
                        org.assertj.core.groups.Tuple.tuple("Kerro, mihin väestöosuus perustuu.", "VERIFIED"));
        assertThat(views.region("17", now).orElseThrow().owes().stream().filter(o -> o.round().roundId().equals(r2))
                .flatMap(o -> o.reports().stream())).extracting(RegionView.OwedReport::status).containsExactly("MISSING");

        // coverage: each organiser once, at its latest level
        MeasureCoverage.Coverage tp61 = coverage.of(List.of(m1, m2)).get(m1);
        assertThat(tp61.organisers()).isEqualTo(3);
        assertThat(tp61.selfReported()).containsEntry("PARTIAL", 1).containsEntry("ESTABLISHED", 1).containsEntry("PILOTING", 0);
        assertThat(tp61.verified()).containsEntry("PARTIAL", 1).containsEntry("PILOTING", 1).containsEntry("ESTABLISHED", 0);
        assertThat(tp61.roundId()).isEqualTo(r2);
        assertThat(tp61.selfReported().keySet()).containsExactly("NOT_STARTED", "PLANNING", "PILOTING", "PARTIAL", "ESTABLISHED");
        Map<String, List<RegionalImplementation.Cell>> cells = implementation.latestByRegion(List.of(m1));
        assertThat(cells.get(m1)).extracting(RegionalImplementation.Cell::regionCode).containsExactly("09", "17");
        assertThat(cells.get(m1).get(0).verified().share()).isEqualTo(30);
        assertThat(cells.get(m1).get(0).verified().roundPeriod()).isEqualTo("2026-H1");

        // attention: the open round's deadline is in five days
        assertThat(attention.near(now, 7, programme)).extracting(ReportingAttention.Item::kind, ReportingAttention.Item::regionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RETURNED_REPORT", "09"), org.assertj.core.groups.Tuple.tuple("MISSING_REPORT", "17"));
        assertThat(attention.near(now, 7, programme).get(0).comment()).isEqualTo("Tarkenna osuus.");
        assertThat(attention.near(now, 1, programme)).isEmpty();
        assertThat(attention.near(now.plus(Duration.ofDays(6)), 0, programme)).allMatch(ReportingAttention.Item::overdue).hasSize(2);

        // the change feed: one entry per event
        List<ChangeEntry> reportsOf09 = changes.recent(programme, "09", "REPORT", PageRequest.of(0, 50)).getContent();
        assertThat(reportsOf09).hasSize(7);
        assertThat(changes.recent(programme, null, "ROUND", PageRequest.of(0, 50)).getContent()).hasSize(3)
                .allMatch(entry -> entry.summary().en().startsWith("round"));
    }

    @Test
    void a_report_before_its_round_duplicates_and_older_events_are_handled() throws Exception {
        String round = UUID.randomUUID().toString();
        String report = UUID.randomUUID().toString();
        Instant deadline = now.plus(Duration.ofDays(30));
        // the report comes first: topics interleave aggregates
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(report, round, "09", m1, "SUBMITTED", content("PILOTING"), null, 0), null);
        CloudEvent verified = event(ReportingEvents.REPORT_VERIFIED, report, 2, eventJson.write(new RegionalReportChanged(
                report(report, round, "09", m1, "VERIFIED", content("PILOTING"), verification("PILOTING", null), 0), null, "thl-verifier", now)));
        send(report, verified);
        send(report, verified);
        // an older event after the newer one
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(report, round, "09", m1, "SUBMITTED", content("PLANNING"), null, 0), null);
        await().until(() -> implementation.latestByRegion(List.of(m1)).containsKey(m1));
        mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));

        publish(ReportingEvents.ROUND_OPENED, round, 0, new ReportingRoundChanged(
                round(round, "2026-H2", deadline, List.of("09", "17"), List.of(m1), "OPEN", null), "stm-admin", now));
        await().until(() -> views.currentMatrix(programme).isPresent());

        RegionalMatrix.Cell cell = cell(views.currentMatrix(programme).orElseThrow(), "09", 0);
        assertThat(cell.status()).isEqualTo("VERIFIED");
        assertThat(cell.selfReported().level()).isEqualTo("PILOTING");
        assertThat(cell.selfReported().period().value()).isEqualTo("2026-H2");
        assertThat(cell.verified().level()).isEqualTo("PILOTING");
        assertThat(changes.recent(programme, "09", "REPORT", PageRequest.of(0, 50)).getContent())
                .extracting(ChangeEntry::eventId).doesNotHaveDuplicates().hasSize(3);
        assertThat(views.roundMatrix(programme, round, true).orElseThrow().round().status()).isEqualTo("OPEN");
        assertThat(views.roundMatrix("OTHER", round, true)).isEmpty();
    }

    @Test
    void bad_requests_and_unknown_regions_are_problems() throws Exception {
        mvc.perform(get("/api/progress/regions/91").with(Tokens.viewer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/progress/regions/9x").with(Tokens.viewer())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/regional-matrix").with(Tokens.viewer())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/regional-matrix").param("programme", "SHKO").param("view", "deadline").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/regional-matrix").param("programme", "SHKO").param("round", "x").param("view", "later")
                .with(Tokens.viewer())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/regional-matrix").param("programme", "NOPE-" + programme).with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/progress/regions/09")).andExpect(status().isUnauthorized());
    }

    private static RegionalMatrix.Cell cell(RegionalMatrix matrix, String regionCode, int measure) {
        return matrix.areas().stream().flatMap(area -> area.organisers().stream())
                .filter(organiser -> organiser.code().equals(regionCode)).findFirst().orElseThrow().cells().get(measure);
    }

    private ReportingRoundData round(String roundId, String half, Instant deadline, List<String> regions, List<String> measures,
            String status, Instant closedAt) {
        int year = Integer.parseInt(half.substring(0, 4));
        boolean first = half.endsWith("H1");
        PeriodData period = new PeriodData(half, new LocalizedText((first ? "1." : "2.") + " vuosipuolisko " + year,
                (first ? "1:a" : "2:a") + " halvåret " + year, (first ? "1st" : "2nd") + " half of " + year, null),
                LocalDate.of(year, first ? 1 : 7, 1), first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31), "HALF_YEAR");
        List<MeasureKeyData> keys = measures.stream().map(id -> new MeasureKeyData(id, id.equals(m1) ? "TP6.1" : "TP6.2",
                new LocalizedText(id.equals(m1) ? "Rakenteellinen sosiaalityö" : "Sosiaalihuollon tiedonhallinta", null, null, "fi"))).toList();
        List<RegionKeyData> names = regions.stream().map(code -> new RegionKeyData(code, new LocalizedText("Alue " + code, null, null, "fi"))).toList();
        return new ReportingRoundData(roundId, programmeId, programme, new LocalizedText("Toimeenpanon seuranta " + half, null, null, "fi"),
                period, deadline, measures, keys, regions, names, status, closedAt, closedAt == null ? null : "BY_HAND", ILLUSTRATIVE);
    }

    private RegionalReportData report(String reportId, String roundId, String region, String measureId, String status,
            ReportContentData content, VerificationData verified, int corrections) {
        return new RegionalReportData(reportId, roundId, programmeId, programme, measureId, measureId.equals(m1) ? "TP6.1" : "TP6.2",
                region, new LocalizedText("Alue " + region, null, null, "fi"), status, content, verified, "reporter-" + region,
                corrections, ILLUSTRATIVE);
    }

    private static ReportContentData content(String level) {
        return new ReportContentData(level, null, null, new LocalizedText("Kuvaus.", null, null, "fi"), List.of(), List.of());
    }

    private static ReportContentData partial(double share) {
        return new ReportContentData("PARTIAL", share, "POPULATION", new LocalizedText("Kuvaus.", null, null, "fi"), List.of(), List.of());
    }

    private VerificationData verification(String level, Double share) {
        return new VerificationData(level, share, share == null ? null : "POPULATION", null, "thl-verifier", now);
    }

    private void publishReport(EventContract<RegionalReportChanged> contract, long version, RegionalReportData report, String comment) {
        publish(contract, report.reportId(), version, new RegionalReportChanged(report, comment, "someone", now));
    }

    private <T> void publish(EventContract<T> contract, String key, long version, T data) {
        send(key, event(contract, key, version, eventJson.write(data)));
    }

    private CloudEvent event(EventContract<?> contract, String key, long version, String json) {
        return TestEvents.of(contract, key, version, now, json);
    }

    private void send(String key, CloudEvent event) {
        // one partition in the embedded broker, so the order of sends is the order of consumption
        kafka.send(new ProducerRecord<>(Topics.REGIONAL_REPORTING, key, event)).join();
    }
}
