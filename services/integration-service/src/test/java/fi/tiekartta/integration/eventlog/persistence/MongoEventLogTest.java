package fi.tiekartta.integration.eventlog.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.integration.eventlog.EventLog;
import fi.tiekartta.integration.eventlog.LogSlot;
import fi.tiekartta.integration.events.PublicEvent;
import fi.tiekartta.testing.EmbeddedMongo;
import fi.tiekartta.testing.SettableClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The log on the MongoDB-wire server, each test in a database of its own: positions, idempotency, holes, retention. */
class MongoEventLogTest {

    private MongoClient client;
    private MongoTemplate mongo;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-05-04T10:00:00Z"));
    private MongoEventLog eventLog;

    @BeforeEach
    void newDatabase() {
        client = MongoClients.create(EmbeddedMongo.connectionString());
        mongo = new MongoTemplate(client, "event-log-" + UUID.randomUUID());
        eventLog = new MongoEventLog(mongo, clock);
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void each_event_is_appended_once_at_the_next_position() {
        PublicEvent first = event();
        PublicEvent second = event();

        assertThat(eventLog.append(first)).isEqualTo(new EventLog.Appended(1, false));
        assertThat(eventLog.append(second)).isEqualTo(new EventLog.Appended(2, false));
        assertThat(eventLog.append(first)).as("a redelivery").isEqualTo(new EventLog.Appended(1, true));

        assertThat(eventLog.lastPosition()).isEqualTo(2);
        assertThat(eventLog.slotsBetween(1, 5)).extracting(slot -> slot.entry().event()).containsExactly(first, second);
        assertThat(eventLog.slotsBetween(1, 1).get(0).entry().recordedAt()).isEqualTo(clock.instant());
    }

    @Test
    void an_event_comes_back_as_it_came_time_and_data_alike() {
        PublicEvent sent = event();

        eventLog.append(sent);

        PublicEvent read = eventLog.slotsBetween(1, 1).get(0).entry().event();
        assertThat(read).isEqualTo(sent);
        assertThat(read.data().toString()).isEqualTo(sent.data().toString());
    }

    @Test
    void a_position_counted_but_never_written_is_given_up_the_same_way_for_every_reader() {
        count(); // a writer counted position 1 and died before claiming it
        PublicEvent next = event();
        assertThat(eventLog.append(next).position()).isEqualTo(2);
        assertThat(eventLog.slotsBetween(1, 2)).extracting(LogSlot::position).containsExactly(2L);

        assertThat(eventLog.giveUp(1)).isEqualTo(LogSlot.skipped(1));
        assertThat(eventLog.giveUp(1)).as("a second reader, another instance").isEqualTo(LogSlot.skipped(1));
        assertThat(eventLog.slotsBetween(1, 2)).extracting(LogSlot::skipped).containsExactly(true, false);
    }

    @Test
    void a_reader_that_gives_up_a_position_written_meanwhile_gets_the_event() {
        PublicEvent event = event();
        eventLog.append(event);

        LogSlot slot = eventLog.giveUp(1);

        assertThat(slot.skipped()).isFalse();
        assertThat(slot.entry().event()).isEqualTo(event);
    }

    @Test
    void a_writer_that_died_after_claiming_writes_at_its_claim_while_it_is_open() {
        PublicEvent event = event();
        claim(event, count()); // crashed after claiming position 1, before writing there

        assertThat(eventLog.append(event)).as("the redelivery").isEqualTo(new EventLog.Appended(1, false));
        assertThat(eventLog.append(event)).isEqualTo(new EventLog.Appended(1, true));
    }

    @Test
    void a_writer_whose_position_was_given_up_appends_at_a_new_one() {
        PublicEvent event = event();
        claim(event, count()); // claimed position 1, then stalled longer than the readers wait
        eventLog.giveUp(1);

        assertThat(eventLog.append(event)).isEqualTo(new EventLog.Appended(2, false));
        assertThat(eventLog.append(event)).isEqualTo(new EventLog.Appended(2, true));
        assertThat(eventLog.slotsBetween(1, 2)).extracting(LogSlot::skipped).containsExactly(true, false);
    }

    @Test
    void retention_removes_the_oldest_positions_and_moves_the_first_kept() {
        PublicEvent old1 = event();
        eventLog.append(old1);
        eventLog.append(event());
        eventLog.giveUp(count()); // a skipped position among the old ones
        clock.advance(Duration.ofDays(31));
        PublicEvent young = event();
        eventLog.append(young);

        long removed = eventLog.removeAppendedBefore(clock.instant().minus(Duration.ofDays(30)));

        assertThat(removed).isEqualTo(3);
        assertThat(eventLog.firstKeptPosition()).isEqualTo(4);
        assertThat(eventLog.slotsBetween(1, 4)).extracting(slot -> slot.entry().event()).containsExactly(young);
        assertThat(eventLog.removeAppendedBefore(clock.instant().minus(Duration.ofDays(30)))).isZero();
        assertThat(eventLog.lastPosition()).isEqualTo(4);
    }

    private long count() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("position")), new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, MongoEventLog.SEQUENCE);
        return counter.get("value", Number.class).longValue();
    }

    private void claim(PublicEvent event, long position) {
        mongo.insert(new Document("_id", event.id()).append("position", position), MongoEventLog.IDS);
    }

    private static PublicEvent event() {
        return PublicEvent.from(SampleEvents.reportReturned(UUID.randomUUID().toString(), "SHKO", "09"), Topics.REGIONAL_REPORTING)
                .orElseThrow();
    }
}
