package fi.tiekartta.notification.mail.messaging;

import fi.tiekartta.notification.mail.MailMessage;
import fi.tiekartta.notification.mail.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Sends through Spring's {@link JavaMailSender}, which Boot configures from {@code spring.mail.*} (host, port,
 * username, password, TLS: see application.yml). Each message is multipart/alternative, plain text and HTML, UTF-8,
 * from {@code tiekartta.notifications.mail.from}.
 */
@Component
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, @Value("${tiekartta.notifications.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            sender.send(mime);
        } catch (MailException | MessagingException failed) {
            throw new MailNotSent("to " + message.to() + ": " + failed.getMessage(), failed);
        }
    }
}
