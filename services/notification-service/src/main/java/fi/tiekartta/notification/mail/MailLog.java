package fi.tiekartta.notification.mail;

import java.time.Instant;
import java.util.List;

/** What was mailed to whom: one record per digest sent. */
public interface MailLog {

    void sent(String username, long mailVersion, String to, List<String> notificationIds, Instant at);
}
