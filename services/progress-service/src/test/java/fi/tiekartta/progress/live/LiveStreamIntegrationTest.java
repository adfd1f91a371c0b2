package fi.tiekartta.progress.live;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.changes.RecordedChange;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The live stream on the embedded broker and MongoDB-wire server: a stream receives the change-feed entries written
 * after it connected (from a consumed event, or written by the feed's writer), narrowed by its filters; a client that
 * reconnects with {@code Last-Event-ID} first gets what it missed, in order, and is told to reset when it missed more
 * than a catch-up sends (500). The test shares the context of the service's other plain integration tests (so the
 * defaults: 500 entries a catch-up, 1,000 streams). Streams are read as MockMvc writes them; every wait has a generous upper bound and
 * nothing is timed.
 */
@ServiceIntegrationTest
class LiveStreamIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    ChangeFeed feed;
    @Autowired
    ChangeBroadcast broadcast;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    JsonMapper json;
    @Autowired
    CatchUp catchUp;

    private final List<MvcResult> open = new ArrayList<>();
    private String programme;

    @BeforeEach
    void aProgrammeOfItsOwn() {
        programme = "LIVE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @AfterEach
    void disconnect() {
        open.forEach(stream -> stream.getRequest().getAsyncContext().complete());
        open.clear();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(broadcast.subscribers()).isZero());
    }

    @Test
    void a_connected_client_receives_a_change_when_an_event_is_consumed() throws Exception {
        MvcResult stream = connect(get("/api/progress/stream").param("programme", programme));

        String workPackageId = UUID.randomUUID().toString();
        send(WorkPackageEvents.CONFIDENCE_CHANGED, workPackageId, new ConfidenceChanged(workPackageId, UUID.randomUUID().toString(),
                "TP4", "AMBER", null, "Rahoitus epävarma", "stm-admin", Instant.parse("2026-12-03T08:00:00Z"), programme), 1);

        List<Event> events = awaitEvents(stream, 1);
        Event change = events.get(0);
        assertThat(change.name()).isEqualTo("change");
        assertThat(StreamPosition.parse(change.id())).isPresent();
        JsonNode data = json.readTree(change.data());
        assertThat(data.get("kind").asString()).isEqualTo("WORK_PACKAGE");
        assertThat(data.get("type").asString()).isEqualTo(WorkPackageEvents.CONFIDENCE_CHANGED.type());
        assertThat(data.get("programmeCode").asString()).isEqualTo(programme);
        assertThat(data.get("workPackageCode").asString()).isEqualTo("TP4");
        assertThat(data.get("subjectCode").asString()).isEqualTo("TP4");
        assertThat(data.get("regionCode").isNull()).isTrue();
        assertThat(data.get("at").asString()).isNotBlank();
        assertThat(data.get("eventId").asString()).isNotBlank();
        assertThat(stream.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(stream.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_filters_narrow_the_stream_to_a_programme_and_a_region() throws Exception {
        String other = programme + "-B";
        MvcResult ofProgramme = connect(get("/api/progress/stream").param("programme", programme));
        MvcResult ofRegion = connect(get("/api/progress/stream").param("programme", programme).param("region", "09"));
        MvcResult ofOther = connect(get("/api/progress/stream").param("programme", other));

        String a09 = record(programme, "09");
        String a17 = record(programme, "17");
        String b09 = record(other, "09");
        String a = record(programme, null);

        assertThat(eventIds(awaitEvents(ofProgramme, 3))).containsExactly(a09, a17, a);
        assertThat(eventIds(awaitEvents(ofOther, 1))).containsExactly(b09);
        // the region's stream had its one entry before a, the last one: it got nothing else
        assertThat(eventIds(awaitEvents(ofRegion, 1))).containsExactly(a09);
    }

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_what_it_missed_in_order_then_the_new_ones() throws Exception {
        MvcResult first = connect(get("/api/progress/stream").param("programme", programme));
        String one = record(programme, null);
        Event seen = awaitEvents(first, 1).get(0);
        assertThat(eventId(seen)).isEqualTo(one);
        first.getRequest().getAsyncContext().complete(); // the connection drops
        open.remove(first);

        String two = record(programme, "09");
        record(programme + "-OTHER", null);
        String three = record(programme, null);
        await().atMost(PATIENCE).until(() -> broadcast.position().position() >= position(three));

        MvcResult again = connect(get("/api/progress/stream").param("programme", programme).header("Last-Event-ID", seen.id()));
        assertThat(eventIds(awaitEvents(again, 2))).containsExactly(two, three);
        String four = record(programme, null);
        List<Event> events = awaitEvents(again, 3);
        assertThat(eventIds(events)).containsExactly(two, three, four);
        assertThat(events).extracting(Event::name).containsOnly("change");
        List<Long> positions = events.stream().map(event -> StreamPosition.parse(event.id()).orElseThrow().position()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();

        // the same with the parameter, for clients that cannot set the header
        MvcResult byParameter = connect(get("/api/progress/stream").param("programme", programme).param("lastEventId", seen.id()));
        assertThat(eventIds(awaitEvents(byParameter, 3))).containsExactly(two, three, four);
    }

    @Test
    void a_client_that_missed_more_than_a_catch_up_sends_is_told_to_reset_and_then_follows_the_feed() throws Exception {
        MvcResult first = connect(get("/api/progress/stream").param("programme", programme));
        record(programme, null);
        Event seen = awaitEvents(first, 1).get(0);
        first.getRequest().getAsyncContext().complete();
        open.remove(first);

        record(programme, null);
        String secondMissed = record(programme, null);
        String last = null;
        for (int i = 2; i <= catchUp.maxEntries(); i++) { // one more than the catch-up sends, 501 in all
            last = record(programme, null);
        }
        String lastOne = last;
        await().atMost(PATIENCE).until(() -> broadcast.position().position() >= position(lastOne));

        MvcResult again = connect(get("/api/progress/stream").param("programme", programme).header("Last-Event-ID", seen.id()));
        Event reset = awaitEvents(again, 1).get(0);
        assertThat(reset.name()).isEqualTo("reset");
        assertThat(json.readTree(reset.data()).get("reason").asString()).isEqualTo("TOO_MANY_MISSED");
        assertThat(StreamPosition.parse(reset.id()).orElseThrow().position()).isGreaterThanOrEqualTo(position(lastOne));

        String next = record(programme, null);
        List<Event> events = awaitEvents(again, 2);
        assertThat(events).extracting(Event::name).containsExactly("reset", "change");
        assertThat(eventId(events.get(1))).isEqualTo(next);

        // as many as a catch-up sends (499 and the one after the reset) are caught up
        MvcResult fromTheSecond = connect(get("/api/progress/stream").param("programme", programme)
                .header("Last-Event-ID", StreamPosition.parse(seen.id()).orElseThrow().at(position(secondMissed)).id()));
        List<Event> caughtUp = awaitEvents(fromTheSecond, catchUp.maxEntries());
        assertThat(caughtUp).extracting(Event::name).containsOnly("change").hasSize(catchUp.maxEntries());
        assertThat(eventId(caughtUp.get(catchUp.maxEntries() - 2))).isEqualTo(lastOne);
        assertThat(eventId(caughtUp.get(catchUp.maxEntries() - 1))).isEqualTo(next);
    }

    @Test
    void an_id_the_feed_never_gave_resets_and_a_malformed_parameter_is_refused() throws Exception {
        MvcResult otherGeneration = connect(get("/api/progress/stream").param("programme", programme).header("Last-Event-ID", "99-1"));
        Event reset = awaitEvents(otherGeneration, 1).get(0);
        assertThat(reset.name()).isEqualTo("reset");
        assertThat(json.readTree(reset.data()).get("reason").asString()).isEqualTo("GENERATION");

        MvcResult garbage = connect(get("/api/progress/stream").param("programme", programme).header("Last-Event-ID", "yesterday"));
        assertThat(json.readTree(awaitEvents(garbage, 1).get(0).data()).get("reason").asString()).isEqualTo("UNKNOWN_POSITION");

        mvc.perform(get("/api/progress/stream").param("lastEventId", "yesterday").with(Tokens.viewer())
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/progress/stream").param("region", "9").with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/stream?gossip=x").with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_heartbeat_comment_carries_the_position_on() throws Exception {
        MvcResult stream = connect(get("/api/progress/stream").param("programme", programme));
        String elsewhere = record(programme + "-ELSEWHERE", null); // not for this stream: a heartbeat moves its id past it
        await().atMost(PATIENCE).until(() -> broadcast.position().position() >= position(elsewhere));
        broadcast.heartbeat(); // what the poller does every 15 s
        String expected = ":heartbeat\nid:" + broadcast.position().id() + "\n\n";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(stream.getResponse().getContentAsString()).contains(expected));
        assertThat(events(stream)).isEmpty();
    }

    @Test
    void every_role_may_read_the_stream_and_a_caller_without_a_token_may_not() throws Exception {
        mvc.perform(get("/api/progress/stream").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        open.add(mvc.perform(get("/api/progress/stream").with(Tokens.regionReporter("reporter-09", "09"))
                .accept(MediaType.TEXT_EVENT_STREAM)).andExpect(request().asyncStarted()).andReturn());
        open.add(mvc.perform(get("/api/progress/stream").with(Tokens.verifier()).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn());
        open.add(mvc.perform(get("/api/progress/stream").with(Tokens.admin()).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn());
        mvc.perform(get("/api/progress/stream").with(Tokens.user("nobody")).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_instance_with_as_many_streams_as_it_takes_answers_503() throws Exception {
        List<Subscriber> placeholders = new ArrayList<>();
        try {
            while (broadcast.subscribers() < broadcast.maxSubscribers()) {
                Subscriber placeholder = new Subscriber() {
                    @Override
                    public void change(StreamPosition position, RecordedChange change) {
                    }

                    @Override
                    public void reset(StreamPosition now) {
                    }

                    @Override
                    public void heartbeat() {
                    }

                    @Override
                    public void end() {
                    }
                };
                assertThat(broadcast.subscribe(placeholder)).isPresent();
                placeholders.add(placeholder);
            }
            mvc.perform(get("/api/progress/stream").with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(503));
        } finally {
            placeholders.forEach(broadcast::unsubscribe);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    record Event(String name, String id, String data) {
    }

    private MvcResult connect(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(Tokens.viewer()).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();
        open.add(result);
        return result;
    }

    private String record(String programmeCode, String regionCode) {
        String eventId = UUID.randomUUID().toString();
        feed.record(new ChangeEntry(eventId, "fi.tiekartta.regional.report.submitted.v1", regionCode == null ? "MILESTONE" : "REPORT",
                UUID.randomUUID().toString(), "M1", new LocalizedText("Otsikko", null, null, "fi"),
                new LocalizedText("muutettu", "ändrad", "changed", "fi"), null, programmeCode, regionCode, "tester", Instant.now()));
        return eventId;
    }

    /** The position the feed gave the entry of this event. */
    private long position(String eventId) {
        long last = feed.lastPosition();
        for (long to = last; to > 0; to -= ChangeFeed.MAX_POSITIONS) {
            for (RecordedChange change : feed.recordedBetween(Math.max(1, to - ChangeFeed.MAX_POSITIONS + 1), to)) {
                if (change.eventId().equals(eventId)) {
                    return change.position();
                }
            }
        }
        throw new AssertionError("No position for " + eventId);
    }

    private List<Event> awaitEvents(MvcResult stream, int count) {
        await().atMost(PATIENCE).until(() -> events(stream).size() >= count);
        return events(stream);
    }

    /** The events (not the comments) written so far, as an EventSource would dispatch them. */
    private static List<Event> events(MvcResult stream) {
        List<Event> events = new ArrayList<>();
        String content;
        try {
            content = stream.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        int complete = content.lastIndexOf("\n\n");
        if (complete < 0) {
            return events;
        }
        for (String block : content.substring(0, complete).split("\n\n")) {
            String name = null;
            String id = null;
            StringBuilder data = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                }
            }
            if (data != null) {
                events.add(new Event(name, id, data.toString()));
            }
        }
        return events;
    }

    private String eventId(Event event) {
        return json.readTree(event.data()).get("eventId").asString();
    }

    private List<String> eventIds(List<Event> events) {
        return events.stream().map(this::eventId).toList();
    }

    private <T> void send(EventContract<T> contract, String aggregateId, T data, long version) {
        CloudEvent event = TestEvents.of(contract, aggregateId, version, Instant.parse("2026-12-03T08:00:00Z"), eventJson.write(data));
        kafka.send(new ProducerRecord<>(contract.topic(), aggregateId, event)).join();
    }
}
