package fi.tiekartta.integration.stream;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.integration.eventlog.MemoryEventLog;
import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.integration.events.PublicEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reconnecting client is sent, over a log kept in memory. */
class CatchUpTest {

    private final MemoryEventLog log = new MemoryEventLog();

    @Test
    void a_client_gets_what_it_missed_through_its_filter_in_order() {
        append("SHKO", "09"); // 1
        append("OTHER", "09"); // 2
        log.skip(); // 3
        append("SHKO", "17"); // 4
        append("SHKO", "09"); // 5

        CatchUp.Result result = new CatchUp(log, 100, 1000).between(1, 5, new StreamFilter(Set.of(), "SHKO", null), 100);

        assertThat(result.reset()).isNull();
        assertThat(result.events()).extracting(LoggedEvent::position).containsExactly(4L, 5L);
        assertThat(result.upTo()).isEqualTo(5);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void a_filter_by_type_and_region_narrows_alike() {
        append("SHKO", "09"); // 1, a returned report
        log.append(PublicEvent.from(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), "SHKO"), Topics.MILESTONES)
                .orElseThrow()); // 2
        append("SHKO", "17"); // 3

        CatchUp catchUp = new CatchUp(log, 100, 1000);

        assertThat(catchUp.between(0, 3, new StreamFilter(Set.of(MilestoneEvents.PLANNED.type()), null, null), 100).events())
                .extracting(LoggedEvent::position).containsExactly(2L);
        assertThat(catchUp.between(0, 3, new StreamFilter(Set.of(), null, "17"), 100).events())
                .extracting(LoggedEvent::position).containsExactly(3L);
    }

    @Test
    void a_stream_too_far_behind_gets_the_first_part_and_where_to_go_on_from() {
        for (int i = 0; i < 10; i++) {
            append("SHKO", "09");
        }
        CatchUp catchUp = new CatchUp(log, 4, 1000);

        CatchUp.Result first = catchUp.between(0, 10, StreamFilter.EVERYTHING, catchUp.maxEvents());
        CatchUp.Result second = catchUp.between(first.upTo(), 10, StreamFilter.EVERYTHING, catchUp.maxEvents());
        CatchUp.Result third = catchUp.between(second.upTo(), 10, StreamFilter.EVERYTHING, catchUp.maxEvents());

        assertThat(first.events()).extracting(LoggedEvent::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(first.complete()).isFalse();
        assertThat(second.events()).extracting(LoggedEvent::position).containsExactly(5L, 6L, 7L, 8L);
        assertThat(third.events()).extracting(LoggedEvent::position).containsExactly(9L, 10L);
        assertThat(third.complete()).isTrue();
    }

    @Test
    void the_positions_read_are_bounded_too() {
        for (int i = 0; i < 10; i++) {
            append("OTHER", "09");
        }
        append("SHKO", "09"); // 11

        CatchUp.Result result = new CatchUp(log, 100, 6).between(0, 11, new StreamFilter(Set.of(), "SHKO", null), 100);

        assertThat(result.events()).isEmpty();
        assertThat(result.upTo()).isEqualTo(6);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void a_client_whose_position_retention_removed_is_told_and_carries_on_from_the_first_kept() {
        for (int i = 0; i < 5; i++) {
            append("SHKO", "09");
        }
        log.firstKept = 4;

        CatchUp.Result result = new CatchUp(log, 100, 1000).between(1, 5, StreamFilter.EVERYTHING, 100);

        assertThat(result.reset()).isEqualTo(CatchUp.EXPIRED);
        assertThat(result.resetAt()).isEqualTo(3);
        assertThat(result.events()).extracting(LoggedEvent::position).containsExactly(4L, 5L);
    }

    @Test
    void a_position_never_given_is_unknown_and_one_beyond_this_instance_is_carried_on_from() {
        append("SHKO", "09");
        append("SHKO", "09");
        CatchUp catchUp = new CatchUp(log, 100, 1000);

        CatchUp.Result unknown = catchUp.between(99, 1, StreamFilter.EVERYTHING, 100);
        CatchUp.Result ahead = catchUp.between(2, 1, StreamFilter.EVERYTHING, 100);

        assertThat(unknown.reset()).isEqualTo(CatchUp.UNKNOWN_POSITION);
        assertThat(unknown.resetAt()).isEqualTo(1);
        assertThat(ahead.reset()).isNull();
        assertThat(ahead.upTo()).as("another instance served it up to 2").isEqualTo(2);
    }

    private void append(String programme, String region) {
        log.append(PublicEvent.from(SampleEvents.reportReturned(UUID.randomUUID().toString(), programme, region),
                Topics.REGIONAL_REPORTING).orElseThrow());
    }
}
