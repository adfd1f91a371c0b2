/**
 * notification-service: the inbox ({@code inbox}), the users known from their own calls and their preferences
 * ({@code users}), what the events of regional reporting ({@code reporting}) and of the roadmap ({@code roadmap})
 * tell whom, and the e-mail digests ({@code mail}). See docs/services/notification-service.md.
 */
package fi.tiekartta.notification;
