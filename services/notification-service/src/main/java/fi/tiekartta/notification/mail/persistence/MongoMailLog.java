package fi.tiekartta.notification.mail.persistence;

import fi.tiekartta.notification.mail.MailLog;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * {@code mail_log}: one document per digest sent, {@code _id} = username and the mail cursor's version it was sent
 * at, with the address, the notifications in it and when. Written, never read by the service: it is the record an
 * operator asks "was this mailed to her, and when?".
 */
@Repository
class MongoMailLog implements MailLog {

    static final String COLLECTION = "mail_log";

    private final MongoTemplate mongo;

    MongoMailLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void sent(String username, long mailVersion, String to, List<String> notificationIds, Instant at) {
        mongo.save(new Document("_id", username + "/" + mailVersion).append("username", username).append("to", to)
                .append("notificationIds", notificationIds).append("sentAt", Date.from(at)), COLLECTION);
    }
}
