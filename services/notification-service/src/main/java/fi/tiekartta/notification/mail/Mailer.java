package fi.tiekartta.notification.mail;

/** Sends e-mail through the configured SMTP relay. */
public interface Mailer {

    /** @throws MailNotSent when the relay did not take the message (it was not sent) */
    void send(MailMessage message);

    /** The relay refused the message or could not be reached: nothing was sent. */
    class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
