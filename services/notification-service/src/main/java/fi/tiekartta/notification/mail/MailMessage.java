package fi.tiekartta.notification.mail;

/** One e-mail to one person: a plain text part and the same in simple HTML. */
public record MailMessage(String to, String subject, String text, String html) {
}
