package fi.tiekartta.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tells people what concerns them: from the events of regional reporting, work packages and milestones it keeps
 * an inbox for every user (reporters, verifiers, work package owners, programme admins) and mails each user a
 * digest of it in their own language, at once or once a day, as they choose.
 */
@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
