package fi.tiekartta.progress.indicators;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.NationalIndicatorChanged;
import fi.tiekartta.contracts.reporting.NationalIndicatorData;
import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.period.Period;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * National indicators from their contract events: the programme's list, beside the roadmap (the programme's and each
 * measure's) and beside the regional matrix; idempotent; recorded in the change feed.
 */
@ServiceIntegrationTest
class NationalIndicatorProjectionIntegrationTest {

    private static final BasisData SOURCE = new BasisData("SOURCE", "[004] 'Lähtötilanne syyskuussa 2020'", null);

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    NationalIndicators indicators;
    @Autowired
    ChangeFeed changes;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final String programmeId = id();
    final String code = "NI-" + programmeId.substring(0, 6).toUpperCase();
    final String workPackage = id();
    final String measure = id();

    @Test
    void indicators_show_for_the_programme_beside_the_roadmap_its_measures_and_the_matrix() throws Exception {
        publish(ProgrammeEvents.CREATED, programmeId, 0, new ProgrammeCreated(programmeId, code,
                new LocalizedText("Indikaattoriohjelma", null, null, "fi"), "NATIONAL", "STM", "stm-admin", now, null,
                List.of(), List.of(), List.of("2023-2027"), "ACTIVE", null, null, List.of(), null, null));
        publish(WorkPackageEvents.DEFINED, workPackage, 0, new WorkPackageDefined(new WorkPackageData(workPackage, programmeId, "TP6",
                new LocalizedText("Rakenteellinen sosiaalityö", null, null, "fi"), List.of(), List.of("2023-2027"), null, "ACTIVE",
                List.of(), code, List.of(), null, null), "stm-admin", now));
        publish(WorkPackageEvents.MEASURE_ADDED, workPackage, 1, new MeasureChanged(workPackage, programmeId, List.of(
                new MeasureData(measure, workPackage, programmeId, "TP6.1", new LocalizedText("Toimenpide", null, null, "fi"),
                        List.of("2023-2027"), "ACTIVE", List.of(), List.of(), "TP6", code, null)), null, "stm-admin", now, "TP6", code));
        String whole = id();
        String named = id();
        publish(ReportingEvents.INDICATOR_RECORDED, whole, 0, changed(whole, null, null, "2021", 10, 13));
        publish(ReportingEvents.INDICATOR_RECORDED, named, 0, changed(named, measure, "TP6.1", "2020-09", 4, 19));
        CloudEvent corrected = event(ReportingEvents.INDICATOR_CORRECTED, named, 1, changed(named, measure, "TP6.1", "2020-09", 14, 9));
        send(named, corrected);
        send(named, corrected); // the same event again
        publish(ReportingEvents.INDICATOR_RECORDED, named, 0, changed(named, measure, "TP6.1", "2020-09", 1, 22)); // older, after it

        await().untilAsserted(() -> {
            assertThat(indicators.ofProgramme(code)).hasSize(2);
            assertThat(changes.recent(code, null, "INDICATOR", PageRequest.of(0, 10)).getContent()).hasSize(3);
        });

        mvc.perform(get("/api/progress/programmes/{code}/indicators", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmeCode").value(code))
                .andExpect(jsonPath("$.asOf").doesNotExist())
                // by the start of the observed period: 2020-09 first
                .andExpect(jsonPath("$.nationalIndicators[*].indicatorId", contains(named, whole)))
                .andExpect(jsonPath("$.nationalIndicators[0].measureCode").value("TP6.1"))
                .andExpect(jsonPath("$.nationalIndicators[0].title.fi").value("Rakenteellinen sosiaalityö"))
                .andExpect(jsonPath("$.nationalIndicators[0].observedPeriod.value").value("2020-09"))
                .andExpect(jsonPath("$.nationalIndicators[0].total").value(23))
                .andExpect(jsonPath("$.nationalIndicators[0].categories[*].count", contains(14, 9)))
                .andExpect(jsonPath("$.nationalIndicators[0].source.citation.fi").value("THL 2020"))
                .andExpect(jsonPath("$.nationalIndicators[0].basis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.nationalIndicators[0].changedBy").value("stm-admin"))
                .andExpect(jsonPath("$.nationalIndicators[1].measureId").doesNotExist());

        await().untilAsserted(() -> mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalIndicators[*].indicatorId", contains(named, whole)))
                .andExpect(jsonPath("$.workPackages[0].measures[0].nationalIndicators[*].indicatorId", contains(named)))
                .andExpect(jsonPath("$.workPackages[0].measures[0].nationalIndicators[0].categories[0].count").value(14)));
        mvc.perform(get("/api/progress/work-packages/{p}/{c}", code, "TP6").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[0].nationalIndicators[*].indicatorId", contains(named)));

        // beside the regional matrix
        String round = id();
        publish(ReportingEvents.ROUND_OPENED, round, 0, new ReportingRoundChanged(new ReportingRoundData(round, programmeId, code,
                new LocalizedText("Seuranta", null, null, "fi"), Period.parse("2026-H2").toData(), now.plus(30, ChronoUnit.DAYS),
                List.of(measure), List.of(new MeasureKeyData(measure, "TP6.1", new LocalizedText("Toimenpide", null, null, "fi"))),
                List.of("09"), List.of(new RegionKeyData("09", new LocalizedText("Päijät-Häme", null, null, "fi"))), "OPEN", null,
                null, null), "stm-admin", now));
        await().untilAsserted(() -> mvc.perform(get("/api/progress/regional-matrix").param("programme", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalIndicators[*].indicatorId", contains(named, whole))));
        mvc.perform(get("/api/progress/regional-matrix").param("programme", code).param("round", round).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalIndicators", hasSize(2)));

        // the change feed: one entry per applied event, kind INDICATOR
        List<ChangeEntry> entries = changes.recent(code, null, "INDICATOR", PageRequest.of(0, 10)).getContent();
        assertThat(entries).extracting(ChangeEntry::eventId).doesNotHaveDuplicates();
        assertThat(entries).extracting(entry -> entry.summary().en())
                .containsExactlyInAnyOrder("national indicator recorded", "national indicator recorded", "national indicator corrected");
        assertThat(entries).filteredOn(entry -> entry.subjectId().equals(named)).extracting(ChangeEntry::subjectCode)
                .containsOnly("TP6.1");
        mvc.perform(get("/api/progress/changes").param("programme", code).param("kind", "INDICATOR").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(3)));
    }

    @Test
    void unknown_programmes_are_404_and_bad_codes_400() throws Exception {
        mvc.perform(get("/api/progress/programmes/{code}/indicators", "NOPE-" + code).with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/progress/programmes/{code}/indicators", "shko").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/programmes/{code}/indicators", "SHKO").param("asOf", "yesterday").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/programmes/{code}/indicators", "SHKO")).andExpect(status().isUnauthorized());
    }

    private NationalIndicatorChanged changed(String indicatorId, String measureId, String measureCode, String observed, int some,
            int none) {
        return new NationalIndicatorChanged(new NationalIndicatorData(indicatorId, programmeId, code, measureId, measureCode,
                new LocalizedText("Rakenteellinen sosiaalityö", null, null, "fi"), Period.parse(observed).toData(),
                new LocalizedText("hankealue", null, null, "fi"), some + none, List.of(
                        new NationalIndicatorData.Category("IN_USE", new LocalizedText("käytössä", null, null, "fi"), some, null),
                        new NationalIndicatorData.Category("NOT_IN_USE", new LocalizedText("ei käytössä", null, null, "fi"), none, null)),
                new NationalIndicatorData.Source(new LocalizedText("THL 2020", null, null, "fi"), "https://thl.fi/"), null, SOURCE),
                "stm-admin", now);
    }

    private <T> void publish(EventContract<T> contract, String key, long version, T data) {
        send(key, event(contract, key, version, data));
    }

    private <T> CloudEvent event(EventContract<T> contract, String key, long version, T data) {
        return TestEvents.of(contract, key, version, now, eventJson.write(data));
    }

    private void send(String key, CloudEvent event) {
        kafka.send(new ProducerRecord<>(topicOf(event), key, event)).join();
    }

    private static String topicOf(CloudEvent event) {
        String type = event.getType();
        return type.contains(".programme.") ? fi.tiekartta.contracts.Topics.PROGRAMMES
                : type.contains(".work-package.") || type.contains(".measure") ? fi.tiekartta.contracts.Topics.WORK_PACKAGES
                : fi.tiekartta.contracts.Topics.REGIONAL_REPORTING;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
