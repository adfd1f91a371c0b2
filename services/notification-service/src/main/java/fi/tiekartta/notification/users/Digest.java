package fi.tiekartta.notification.users;

/** How a user wants their notifications by e-mail. */
public enum Digest {
    /** No e-mail; the inbox only. */
    OFF,
    /** What arrived since the last mail, in one message, within about a minute. */
    IMMEDIATE,
    /** What arrived since the last mail, in one message a day at the configured Finnish time (07:00). */
    DAILY
}
