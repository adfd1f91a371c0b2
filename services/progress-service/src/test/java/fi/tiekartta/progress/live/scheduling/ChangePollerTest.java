package fi.tiekartta.progress.live.scheduling;

import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.changes.RecordedChange;
import fi.tiekartta.progress.live.ChangeBroadcast;
import fi.tiekartta.progress.live.StreamPosition;
import fi.tiekartta.progress.live.Subscriber;
import fi.tiekartta.progress.rebuild.ReadModelGenerations;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller's order and gaps, without storage: positions counted by a writer (the feed's counter) but not written
 * yet hold the later ones back, so two instances writing at once never make a stream send 12 before 11; a position
 * never written is given up after the gap timeout; a new generation resets the streams.
 */
class ChangePollerTest {

    /** The feed's positions in memory: {@link #count} is a writer's first step, {@link #write} its second. */
    static final class Positions implements ChangeFeed {

        final Map<Long, RecordedChange> written = new ConcurrentHashMap<>();
        volatile long counter;

        long count() {
            return ++counter;
        }

        void write(long position) {
            written.put(position, new RecordedChange(position, "event-" + position, "t", "MILESTONE", "s", "c", "P", null,
                    null, Instant.EPOCH));
        }

        @Override
        public void record(ChangeEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<ChangeEntry> recent(String programmeCode, String regionCode, String kind, Pageable page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long lastPosition() {
            return counter;
        }

        @Override
        public List<RecordedChange> recordedBetween(long from, long to) {
            List<RecordedChange> found = new ArrayList<>();
            for (long position = from; position <= to; position++) {
                if (written.containsKey(position)) {
                    found.add(written.get(position));
                }
            }
            return found;
        }
    }

    static final class Generations implements ReadModelGenerations {

        volatile int active;

        @Override
        public int active() {
            return active;
        }

        @Override
        public int previous() {
            return -1;
        }

        @Override
        public String databaseName(int generation) {
            return "g" + generation;
        }

        @Override
        public void clear(int generation) {
        }

        @Override
        public void copyIndexes(int generation) {
        }

        @Override
        public void activate(int generation) {
            active = generation;
        }

        @Override
        public void dropOlderGenerations() {
        }
    }

    static final class Received implements Subscriber {

        final List<String> got = new ArrayList<>();

        @Override
        public void change(StreamPosition position, RecordedChange change) {
            got.add(position.id());
        }

        @Override
        public void reset(StreamPosition now) {
            got.add("reset " + now.id());
        }

        @Override
        public void heartbeat() {
        }

        @Override
        public void end() {
        }
    }

    final Positions feed = new Positions();
    final Generations generations = new Generations();
    final ChangeBroadcast broadcast = new ChangeBroadcast(10);
    final Received received = new Received();

    ChangePoller poller(Duration gapTimeout) {
        ChangePoller poller = new ChangePoller(feed, generations, broadcast, gapTimeout, Duration.ofMillis(250), Duration.ofSeconds(15));
        broadcast.subscribe(received);
        return poller;
    }

    @Test
    void entries_go_out_in_position_order_and_a_gap_holds_the_later_ones_back_until_it_is_filled() {
        feed.write(feed.count()); // before the instance started: not sent
        ChangePoller poller = poller(Duration.ofMinutes(10));
        long first = feed.count();
        long second = feed.count(); // another instance, faster: writes second before first is written
        feed.write(second);
        poller.poll();
        assertThat(received.got).isEmpty();
        feed.write(first);
        long third = feed.count();
        feed.write(third);
        poller.poll();
        assertThat(received.got).containsExactly("0-2", "0-3", "0-4");
        poller.poll();
        assertThat(received.got).hasSize(3);
    }

    @Test
    void a_position_never_written_is_given_up_after_the_gap_timeout() throws InterruptedException {
        ChangePoller poller = poller(Duration.ofMillis(1));
        feed.count(); // its writer died between counting and writing
        feed.write(feed.count());
        poller.poll();
        assertThat(received.got).isEmpty();
        Thread.sleep(20); // past the (1 ms) gap timeout; what is asserted is the order, not the time
        poller.poll();
        assertThat(received.got).containsExactly("0-2");
    }

    @Test
    void a_new_generation_resets_the_streams_and_numbers_from_its_own_last_position() {
        ChangePoller poller = poller(Duration.ofMinutes(10));
        feed.write(feed.count());
        poller.poll();
        generations.active = 1;
        feed.counter = 7; // the rebuilt generation's counter
        poller.poll();
        feed.write(feed.count());
        poller.poll();
        assertThat(received.got).containsExactly("0-1", "reset 1-7", "1-8");
    }
}
