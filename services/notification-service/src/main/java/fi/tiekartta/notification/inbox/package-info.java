/**
 * The inbox: notifications addressed to audiences ({@link fi.tiekartta.notification.inbox.Audience}), kept in one
 * feed per audience ({@link fi.tiekartta.notification.inbox.Feeds}), and each user's view of the feeds of the
 * audiences they belong to, with what they have read.
 */
package fi.tiekartta.notification.inbox;
