package fi.tiekartta.notification.users;

import java.util.List;
import java.util.Optional;

/** The users known from their own calls, by username. */
public interface Users {

    Optional<User> find(String username);

    /** Stores what the user's latest token said of them, and when they were seen. */
    void saveProfile(User user);

    /** Stores the preferences the user chose. */
    void savePreferences(String username, Preferences chosen);

    /**
     * Adds one notification to those the user has read. Each kind of change writes only its own fields (and a read
     * mark is added, not rewritten), so two requests of the same user at once (the web UI's unread count while a
     * notification is marked read) never undo each other.
     */
    void addReadMark(String username, String notificationId);

    /** Everything in the user's feeds up to these {@code seq}s (per audience key) is read. */
    void markAllRead(String username, java.util.Map<String, Long> heads);

    /** Stores a user seen for the first time; answers false if another request stored them meanwhile. */
    boolean create(User user);

    /**
     * Moves the mail cursor only if it is still at {@code expectedMailVersion}: answers false when another replica
     * moved it first (and will mail what this one would have).
     */
    boolean moveMailCursor(User mailed, long expectedMailVersion);

    /** Every known user (the digest job's round; there are as many as there are people using Tiekartta). */
    List<User> all();
}
