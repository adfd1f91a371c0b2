/**
 * E-mail: a digest per user in their language, of the notifications not yet mailed to them, sent at once (every
 * minute) or once a day at a Finnish time, through SMTP; each notification mailed at most once.
 */
package fi.tiekartta.notification.mail;
