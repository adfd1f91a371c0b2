package fi.tiekartta.progress.changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The feed of recent changes: every projection records what its events changed, and readers list them newest
 * first, filtered by programme, region and kind.
 */
public interface ChangeFeed {

    /** Records the entry once: recording the same event again changes nothing. */
    void record(ChangeEntry entry);

    /** Newest first; a null criterion narrows nothing. */
    Page<ChangeEntry> recent(String programmeCode, String regionCode, String kind, Pageable page);
}
