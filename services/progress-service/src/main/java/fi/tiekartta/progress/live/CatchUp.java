package fi.tiekartta.progress.live;

import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.changes.RecordedChange;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reconnecting stream missed: the entries after the position it last saw (its {@code Last-Event-ID}) up to the
 * position it joins the broadcast at, narrowed by its filter. Bounded: at most {@code maxEntries} entries sent, and at
 * most {@code maxScanned} positions read to find them; a client that missed more, or whose position is of another
 * read model generation or unknown, is told to reload instead.
 */
public final class CatchUp {

    /** What to send first: {@link #entries()} in order, or, when {@link #reset()}, a reset saying {@link #reason()}. */
    public record Result(List<RecordedChange> entries, boolean reset, String reason) {

        static Result send(List<RecordedChange> entries) {
            return new Result(List.copyOf(entries), false, null);
        }

        static Result resetBecause(String reason) {
            return new Result(List.of(), true, reason);
        }
    }

    private final ChangeFeed feed;
    private final int maxEntries;
    private final long maxScanned;

    public CatchUp(ChangeFeed feed, int maxEntries, long maxScanned) {
        this.feed = feed;
        this.maxEntries = maxEntries;
        this.maxScanned = maxScanned;
    }

    public int maxEntries() {
        return maxEntries;
    }

    /**
     * @param seen   the last position the client saw
     * @param joined the position it joined the broadcast at: entries after it come live
     */
    public Result between(StreamPosition seen, StreamPosition joined, ChangeFilter filter) {
        if (seen.generation() != joined.generation()) {
            return Result.resetBecause("GENERATION"); // a rebuild switched the read model since
        }
        if (seen.position() >= joined.position()) {
            // nothing missed; or the client saw more than this instance's poller yet (another instance served it),
            // which is fine if the feed has got that far
            return seen.position() <= Math.max(joined.position(), feed.lastPosition())
                    ? Result.send(List.of()) : Result.resetBecause("UNKNOWN_POSITION");
        }
        if (joined.position() - seen.position() > maxScanned) {
            return Result.resetBecause("TOO_MANY_MISSED");
        }
        List<RecordedChange> missed = new ArrayList<>();
        for (long from = seen.position() + 1; from <= joined.position(); from += ChangeFeed.MAX_POSITIONS) {
            long to = Math.min(joined.position(), from + ChangeFeed.MAX_POSITIONS - 1);
            for (RecordedChange change : feed.recordedBetween(from, to)) {
                if (filter.matches(change)) {
                    missed.add(change);
                    if (missed.size() > maxEntries) {
                        return Result.resetBecause("TOO_MANY_MISSED");
                    }
                }
            }
        }
        return Result.send(missed);
    }
}
