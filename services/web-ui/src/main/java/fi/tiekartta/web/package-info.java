/**
 * The web UI, by feature: {@code layout} (page frame, languages, errors), {@code security} (the relayed token,
 * CSRF), {@code api} (clients of the services' REST APIs), then one package per page family.
 */
package fi.tiekartta.web;
