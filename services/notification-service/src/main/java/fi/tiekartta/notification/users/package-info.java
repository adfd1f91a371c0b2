/**
 * The users known from their own calls (no Keycloak admin API): the token's claims on each call make or refresh
 * their record; their preferences (e-mail, language, digest); what they have read; what has been mailed to them.
 */
package fi.tiekartta.notification.users;
