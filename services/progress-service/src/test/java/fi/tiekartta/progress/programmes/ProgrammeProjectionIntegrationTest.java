package fi.tiekartta.progress.programmes;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class ProgrammeProjectionIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgrammeSummaries summaries;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;

    @Test
    void a_created_programme_appears_in_the_shared_picture() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(created(id, "SHKO-" + id.substring(0, 4).toUpperCase(), "Sosiaalihuollon kehittämisohjelma"), 0);

        await().untilAsserted(() -> mvc.perform(get("/api/progress/programmes?size=200").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].programmeId", hasItem(id)))
                .andExpect(jsonPath("$.page.totalElements").isNumber()));
        ProgrammeSummary summary = summaries.find(id).orElse(null);
        assertThat(summary.names().fi()).isEqualTo("Sosiaalihuollon kehittämisohjelma");
        assertThat(summary.level()).isEqualTo("NATIONAL");
        assertThat(summary.aggregateVersion()).isZero();
    }

    @Test
    void redelivered_and_older_events_change_nothing() {
        String id = UUID.randomUUID().toString();
        publish(created(id, "DUP-" + id.substring(0, 4).toUpperCase(), "Ensimmäinen nimi"), 5);
        await().until(() -> summaries.find(id).orElse(null) != null);

        publish(created(id, "OLD-" + id.substring(0, 4).toUpperCase(), "Vanhempi nimi"), 4);
        publish(created(id, "SAME-" + id.substring(0, 4).toUpperCase(), "Sama versio"), 5);
        String marker = UUID.randomUUID().toString();
        publish(created(marker, "MARK-" + marker.substring(0, 4).toUpperCase(), "Merkki"), 0);
        // events of one partition are applied in order: once the marker is in, the two before it were seen
        await().until(() -> summaries.find(marker).orElse(null) != null);

        ProgrammeSummary summary = summaries.find(id).orElse(null);
        assertThat(summary.names().fi()).isEqualTo("Ensimmäinen nimi");
        assertThat(summary.aggregateVersion()).isEqualTo(5);
    }

    @Test
    void a_revision_replaces_the_summary_unless_it_is_older() {
        String id = UUID.randomUUID().toString();
        String code = "REV-" + id.substring(0, 4).toUpperCase();
        publish(created(id, code, "Alkuperäinen"), 0);
        publishRevised(revised(id, code, "Uusi nimi", "ACTIVE"), 2);
        publishRevised(revised(id, code, "Välissä", "PLANNED"), 1);
        String marker = UUID.randomUUID().toString();
        publish(created(marker, "MRK-" + marker.substring(0, 4).toUpperCase(), "Merkki"), 0);
        await().until(() -> summaries.find(marker).orElse(null) != null);

        ProgrammeSummary summary = summaries.find(id).orElse(null);
        assertThat(summary.names().fi()).isEqualTo("Uusi nimi");
        assertThat(summary.status()).isEqualTo("ACTIVE");
        assertThat(summary.aggregateVersion()).isEqualTo(2);
    }

    @Test
    void the_picture_is_for_signed_in_readers_only() throws Exception {
        mvc.perform(get("/api/progress/programmes")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/progress/programmes").with(Tokens.user("someone", "unrelated-role"))).andExpect(status().isForbidden());
    }

    private ProgrammeCreated created(String id, String code, String finnishName) {
        return new ProgrammeCreated(id, code, new LocalizedText(finnishName, null, null, "fi"), "NATIONAL", "STM", "stm-admin",
                Instant.parse("2026-11-22T08:00:00Z"), null, List.of(), List.of(), List.of("2023-2027"), "PLANNED", null, null, List.of(), null, null);
    }

    private ProgrammeRevised revised(String id, String code, String finnishName, String status) {
        return new ProgrammeRevised(id, code, new LocalizedText(finnishName, null, null, "fi"), "NATIONAL", "STM", null,
                List.of(), List.of(), List.of("2023-2027"), status, "PLANNED", "stm-admin", Instant.parse("2026-11-22T09:00:00Z"), null, null, List.of(), null, null);
    }

    private void publishRevised(ProgrammeRevised data, long aggregateVersion) {
        send(ProgrammeEvents.REVISED, data.programmeId(), eventJson.write(data), aggregateVersion, data.revisedAt());
    }

    private void publish(ProgrammeCreated data, long aggregateVersion) {
        send(ProgrammeEvents.CREATED, data.programmeId(), eventJson.write(data), aggregateVersion, data.createdAt());
    }

    private void send(EventContract<?> contract, String programmeId, String json, long aggregateVersion, Instant time) {
        CloudEvent event = TestEvents.of(contract, programmeId, aggregateVersion, time, json);
        // one partition in the embedded broker, so the order of sends is the order of consumption
        kafka.send(new ProducerRecord<>(Topics.PROGRAMMES, programmeId, event)).join();
    }
}
