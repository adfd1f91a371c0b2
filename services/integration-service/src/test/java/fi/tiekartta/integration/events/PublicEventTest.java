package fi.tiekartta.integration.events;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.platform.messaging.InvalidEventException;
import fi.tiekartta.testing.TestEvents;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicEventTest {

    private final String programmeId = UUID.randomUUID().toString();

    @Test
    void a_milestone_event_names_its_programme_and_no_region() {
        CloudEvent sent = SampleEvents.milestonePlanned(programmeId, "SHKO");

        PublicEvent event = PublicEvent.from(record(Topics.MILESTONES, sent.getSubject(), sent)).orElseThrow();

        assertThat(event.id()).isEqualTo(sent.getId());
        assertThat(event.type()).isEqualTo(MilestoneEvents.PLANNED.type());
        assertThat(event.source()).isEqualTo("/tiekartta/test-producer");
        assertThat(event.subject()).isEqualTo(sent.getSubject());
        assertThat(event.time()).isEqualTo(sent.getTime().toInstant());
        assertThat(event.aggregateVersion()).isEqualTo(1);
        assertThat(event.topic()).isEqualTo(Topics.MILESTONES);
        assertThat(event.programmeId()).isEqualTo(programmeId);
        assertThat(event.programmeCode()).isEqualTo("SHKO");
        assertThat(event.regionCode()).isNull();
        assertThat(event.regionCodes()).isEmpty();
        assertThat(event.data().path("milestoneId").stringValue()).isEqualTo(sent.getSubject());
    }

    @Test
    void a_report_names_its_region_and_a_round_every_region_it_asks() {
        PublicEvent report = PublicEvent.from(SampleEvents.reportReturned(programmeId, "SHKO", "09"), Topics.REGIONAL_REPORTING)
                .orElseThrow();
        PublicEvent round = PublicEvent.from(SampleEvents.roundOpened(programmeId, "SHKO", List.of("09", "17")),
                Topics.REGIONAL_REPORTING).orElseThrow();

        assertThat(report.programmeCode()).isEqualTo("SHKO");
        assertThat(report.regionCode()).isEqualTo("09");
        assertThat(report.concerns("SHKO", "09")).isTrue();
        assertThat(report.concerns(null, "17")).isFalse();
        assertThat(report.concerns("OTHER", null)).isFalse();
        assertThat(round.programmeId()).isEqualTo(programmeId);
        assertThat(round.regionCode()).isNull();
        assertThat(round.regionCodes()).containsExactly("09", "17");
        assertThat(round.concerns("SHKO", "17")).isTrue();
        assertThat(round.concerns(null, "01")).isFalse();
    }

    @Test
    void a_programme_event_names_the_programme_by_its_subject_and_code() {
        PublicEvent event = PublicEvent.from(SampleEvents.programmeCreated(programmeId, "SHKO"), Topics.PROGRAMMES).orElseThrow();

        assertThat(event.programmeId()).isEqualTo(programmeId);
        assertThat(event.programmeCode()).isEqualTo("SHKO");
        assertThat(event.concerns("SHKO", null)).isTrue();
    }

    @Test
    void an_internal_event_is_not_public() {
        assertThat(PublicEvent.from(SampleEvents.importAccepted(), Topics.PROGRAMMES)).isEmpty();
    }

    @Test
    void raw_bytes_in_cloudevents_binary_mode_are_read_too() {
        CloudEvent sent = SampleEvents.reportReturned(programmeId, "SHKO", "09");
        ProducerRecord<String, byte[]> produced = KafkaMessageFactory.<String>createWriter(Topics.REGIONAL_REPORTING,
                sent.getSubject()).writeBinary(sent);
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(produced.topic(), 0, 7L, 0L, TimestampType.CREATE_TIME,
                0, produced.value().length, produced.key(), produced.value(), produced.headers(), Optional.empty());

        PublicEvent event = PublicEvent.from(consumed).orElseThrow();

        assertThat(event.id()).isEqualTo(sent.getId());
        assertThat(event.regionCode()).isEqualTo("09");
        assertThat(event.data().path("report").path("status").stringValue()).isEqualTo("RETURNED");
    }

    @Test
    void an_event_that_violates_its_schema_or_lacks_a_version_is_invalid() {
        CloudEvent invalid = TestEvents.unchecked(MilestoneEvents.PLANNED, "m1", 1, Instant.now(), "{\"milestoneId\":3}");
        assertThatThrownBy(() -> PublicEvent.from(invalid, Topics.MILESTONES)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("violates its schema");

        CloudEvent notJson = TestEvents.unchecked(MilestoneEvents.PLANNED, "m1", 1, Instant.now(), "{oops");
        assertThatThrownBy(() -> PublicEvent.from(notJson, Topics.MILESTONES)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not valid JSON");

        ConsumerRecord<String, byte[]> notAnEvent = new ConsumerRecord<>(Topics.MILESTONES, 0, 1L, "k", "{}".getBytes());
        assertThatThrownBy(() -> PublicEvent.from(notAnEvent)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not a CloudEvent");
    }

    @Test
    void the_structured_form_is_a_cloudevent_in_json_with_a_dataschema_that_resolves() {
        PublicEvent consumed = PublicEvent.from(SampleEvents.milestonePlanned(programmeId, "SHKO"), Topics.MILESTONES).orElseThrow();
        PublicEvent named = new PublicEvent(consumed.id(), consumed.type(), consumed.source(), consumed.subject(), consumed.time(),
                "urn:tiekartta:schema:" + consumed.type(), consumed.aggregateVersion(), consumed.topic(), consumed.programmeId(),
                consumed.programmeCode(), consumed.regionCode(), consumed.data()); // as producers named it before URLs

        PublicEvent event = named.withPublicDataschema("https://tiekartta.example.fi/");
        Map<String, Object> structured = event.structured();

        assertThat(structured.keySet()).containsExactly("specversion", "id", "source", "type", "subject", "time",
                "dataschema", "datacontenttype", "aggregateversion", "data");
        assertThat(structured.get("specversion")).isEqualTo("1.0");
        assertThat(structured.get("dataschema"))
                .isEqualTo("https://tiekartta.example.fi/events/schemas/fi.tiekartta.milestone.planned.v1.schema.json");
        assertThat(event.withPublicDataschema("http://other").dataschema()).as("a URL is kept").isEqualTo(event.dataschema());
        String json = JsonMapper.builder().build().writeValueAsString(structured);
        assertThat(json).contains("\"data\":{\"milestoneId\":\"" + event.subject() + "\"");
    }

    private static ConsumerRecord<String, CloudEvent> record(String topic, String key, CloudEvent event) {
        return new ConsumerRecord<>(topic, 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, key, event, new RecordHeaders(),
                Optional.empty());
    }
}
