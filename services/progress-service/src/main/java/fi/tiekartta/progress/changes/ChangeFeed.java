package fi.tiekartta.progress.changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.List;

/**
 * The feed of recent changes: every projection records what its events changed, and readers list them newest
 * first, filtered by programme, region and kind.
 */
public interface ChangeFeed {

    /** Records the entry once: recording the same event again changes nothing. */
    void record(ChangeEntry entry);

    /** Newest first; a null criterion narrows nothing. */
    Page<ChangeEntry> recent(String programmeCode, String regionCode, String kind, Pageable page);

    /**
     * The position of the last entry recorded (0 when none): every entry recorded gets the next position, 1, 2, 3,
     * …, in the order of recording across every instance of the service.
     */
    long lastPosition();

    /**
     * The entries at positions {@code from} to {@code to} (both included, at most {@value #MAX_POSITIONS} of them), in
     * position order. A position whose entry is being recorded at this moment (counted, not written yet) is missing.
     */
    List<RecordedChange> recordedBetween(long from, long to);

    /** The most positions {@link #recordedBetween} reads at once. */
    int MAX_POSITIONS = 500;
}
