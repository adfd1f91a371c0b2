package fi.tiekartta.integration.stream;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The filters of the pages and the stream, their refusals (problem+json), who may read, and the connection limit.
 * The stream itself, on a real connection, is in {@link EventStreamOverHttpIntegrationTest}.
 */
@ServiceIntegrationTest
class EventPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventBroadcast broadcast;

    private final String programmeId = UUID.randomUUID().toString();
    private final String programme = "PAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void pages_filter_by_type_programme_and_region_and_follow_on_from_next() throws Exception {
        CloudEvent planned = SampleEvents.milestonePlanned(programmeId, programme);
        CloudEvent report09 = SampleEvents.reportReturned(programmeId, programme, "09");
        CloudEvent report17 = SampleEvents.reportReturned(programmeId, programme, "17");
        CloudEvent round = SampleEvents.roundOpened(programmeId, programme, List.of("09", "17"));
        CloudEvent elsewhere = SampleEvents.reportReturned(UUID.randomUUID().toString(), "ELSEWHERE", "09");
        send(Topics.MILESTONES, planned);
        send(Topics.REGIONAL_REPORTING, report09);
        send(Topics.REGIONAL_REPORTING, elsewhere);
        send(Topics.REGIONAL_REPORTING, report17);
        send(Topics.REGIONAL_REPORTING, round);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(page(get("/api/events")))).hasSize(4));

        assertThat(ids(page(get("/api/events").param("region", "17"))))
                .containsExactly(report17.getId(), round.getId());
        assertThat(ids(page(get("/api/events").param("type", MilestoneEvents.PLANNED.type()))))
                .containsExactly(planned.getId());
        assertThat(ids(page(get("/api/events").param("type", MilestoneEvents.PLANNED.type() + "," + ReportingEvents.ROUND_OPENED.type()))))
                .containsExactlyInAnyOrder(planned.getId(), round.getId());
        assertThat(ids(page(get("/api/events").param("type", MilestoneEvents.PLANNED.type())
                .param("type", ReportingEvents.ROUND_OPENED.type())))).containsExactlyInAnyOrder(planned.getId(), round.getId());

        // two at a time, following next: the same four, in the same order, once each
        List<String> followed = new ArrayList<>();
        long next = 0;
        boolean more = true;
        while (more) {
            String page = page(get("/api/events").param("after", Long.toString(next)).param("limit", "2"));
            followed.addAll(ids(page));
            next = JsonPath.<Number>read(page, "$.next").longValue();
            more = JsonPath.read(page, "$.more");
        }
        assertThat(followed).containsExactlyElementsOf(ids(page(get("/api/events"))));
    }

    @Test
    void an_event_on_a_page_is_the_cloudevent_in_structured_json() throws Exception {
        CloudEvent planned = SampleEvents.milestonePlanned(programmeId, programme);
        send(Topics.MILESTONES, planned);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(page(get("/api/events")))).hasSize(1));

        mvc.perform(get("/api/events").param("programme", programme).with(Tokens.viewer()))
                .andExpect(jsonPath("$.items[0].position").isNumber())
                .andExpect(jsonPath("$.items[0].event.specversion").value("1.0"))
                .andExpect(jsonPath("$.items[0].event.id").value(planned.getId()))
                .andExpect(jsonPath("$.items[0].event.source").value(planned.getSource().toString()))
                .andExpect(jsonPath("$.items[0].event.type").value(MilestoneEvents.PLANNED.type()))
                .andExpect(jsonPath("$.items[0].event.subject").value(planned.getSubject()))
                .andExpect(jsonPath("$.items[0].event.time").value("2026-05-04T10:15:30Z"))
                .andExpect(jsonPath("$.items[0].event.dataschema").value(containsString(
                        "/events/schemas/fi.tiekartta.milestone.planned.v1.schema.json")))
                .andExpect(jsonPath("$.items[0].event.dataschema").value(org.hamcrest.Matchers.startsWith("http")))
                .andExpect(jsonPath("$.items[0].event.datacontenttype").value("application/json"))
                .andExpect(jsonPath("$.items[0].event.aggregateversion").value(1))
                .andExpect(jsonPath("$.items[0].event.data.programmeCode").value(programme));
    }

    @Test
    void unknown_types_and_malformed_filters_are_refused_with_problem_details() throws Exception {
        for (String path : List.of("/api/events", "/api/events/stream")) {
            mvc.perform(get(path).param("type", "fi.tiekartta.roadmap.import-accepted.v1").with(Tokens.viewer())
                            .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("fi.tiekartta.roadmap.import-accepted.v1")));
            mvc.perform(get(path).param("type", "gossip").with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest());
            mvc.perform(get(path).param("region", "9").with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(path + "?gossip=x").with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/events/stream").param("lastEventId", "yesterday").with(Tokens.viewer())
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/events").param("limit", "501").with(Tokens.viewer())).andExpect(status().isBadRequest());
    }

    @Test
    void every_role_may_read_and_nobody_else() throws Exception {
        mvc.perform(get("/api/events/stream").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/events").with(Tokens.user("nobody"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/events/stream").with(Tokens.user("nobody")).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/events").with(Tokens.user("integration", "integration-client"))).andExpect(status().isOk());
        mvc.perform(get("/api/events").with(Tokens.regionReporter("reporter-09", "09"))).andExpect(status().isOk());
    }

    @Test
    void an_instance_with_as_many_streams_as_it_takes_answers_503() throws Exception {
        List<Subscriber> placeholders = new ArrayList<>();
        try {
            while (broadcast.subscribers() < broadcast.maxSubscribers()) {
                Subscriber placeholder = new Subscriber() {
                    @Override
                    public void event(LoggedEvent event) {
                    }

                    @Override
                    public void heartbeat(long position) {
                    }

                    @Override
                    public void end() {
                    }
                };
                assertThat(broadcast.subscribe(placeholder)).isPresent();
                placeholders.add(placeholder);
            }
            mvc.perform(get("/api/events/stream").with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } finally {
            placeholders.forEach(broadcast::unsubscribe);
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("programme", programme).with(Tokens.viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> ids(String page) {
        return JsonPath.read(page, "$.items[*].event.id");
    }

    private void send(String topic, CloudEvent event) {
        kafka.send(new ProducerRecord<>(topic, event.getSubject(), event)).join();
    }
}
