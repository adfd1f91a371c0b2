package fi.tiekartta.notification.users.persistence;

import fi.tiekartta.notification.users.Digest;
import fi.tiekartta.notification.users.Preferences;
import fi.tiekartta.notification.users.TokenProfile;
import fi.tiekartta.notification.users.User;
import fi.tiekartta.notification.users.Users;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document per user in {@code users}, {@code _id} = the username. Per-audience counters are stored as lists of
 * {@code {audience, seq}}, not as maps, because a username (part of an audience key) may contain a dot, which a
 * field name may not.
 */
@Repository
class MongoUsers implements Users {

    static final String COLLECTION = "users";

    private final MongoTemplate mongo;

    MongoUsers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<User> find(String username) {
        return Optional.ofNullable(mongo.findById(username, Document.class, COLLECTION)).map(MongoUsers::fromDocument);
    }

    @Override
    public void saveProfile(User user) {
        mongo.updateFirst(byId(user.username()), new Update().set("profile", profile(user.profile()))
                .set("lastSeenAt", Date.from(user.lastSeenAt())), COLLECTION);
    }

    @Override
    public void savePreferences(String username, Preferences chosen) {
        mongo.updateFirst(byId(username), new Update().set("chosen", preferences(chosen)), COLLECTION);
    }

    @Override
    public void addReadMark(String username, String notificationId) {
        mongo.updateFirst(byId(username), new Update().addToSet("readIds", notificationId), COLLECTION);
    }

    @Override
    public void markAllRead(String username, Map<String, Long> heads) {
        mongo.updateFirst(byId(username), new Update().set("readUpTo", counters(heads)).set("readIds", List.of()), COLLECTION);
    }

    @Override
    public boolean create(User user) {
        try {
            mongo.insert(new Document("_id", user.username()).append("profile", profile(user.profile()))
                    .append("chosen", null).append("firstSeenAt", Date.from(user.firstSeenAt()))
                    .append("lastSeenAt", Date.from(user.lastSeenAt())).append("readUpTo", counters(user.readUpTo()))
                    .append("readIds", new ArrayList<>(user.readIds())).append("mailedUpTo", counters(user.mailedUpTo()))
                    .append("mailVersion", user.mailVersion()).append("lastDaily", null), COLLECTION);
            return true;
        } catch (DuplicateKeyException seenMeanwhile) {
            return false;
        }
    }

    @Override
    public boolean moveMailCursor(User mailed, long expectedMailVersion) {
        Query unchanged = Query.query(Criteria.where("_id").is(mailed.username()).and("mailVersion").is(expectedMailVersion));
        Update update = new Update().set("mailedUpTo", counters(mailed.mailedUpTo())).set("mailVersion", mailed.mailVersion())
                .set("lastDaily", mailed.lastDaily() == null ? null : Date.from(mailed.lastDaily()));
        return mongo.updateFirst(unchanged, update, COLLECTION).getMatchedCount() == 1;
    }

    @Override
    public List<User> all() {
        return mongo.findAll(Document.class, COLLECTION).stream().map(MongoUsers::fromDocument).toList();
    }

    private static Query byId(String username) {
        return Query.query(Criteria.where("_id").is(username));
    }

    private static Document profile(TokenProfile p) {
        return new Document("username", p.username()).append("email", p.email()).append("locale", p.locale())
                .append("roles", new ArrayList<>(p.roles().stream().sorted().toList())).append("region", p.region());
    }

    private static Document preferences(Preferences p) {
        return new Document("email", p.email()).append("language", p.language()).append("emailDigest", p.emailDigest().name());
    }

    private static List<Document> counters(Map<String, Long> counters) {
        return counters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new Document("audience", entry.getKey()).append("seq", entry.getValue())).toList();
    }

    private static User fromDocument(Document d) {
        Document p = d.get("profile", Document.class);
        TokenProfile profile = new TokenProfile(p.getString("username"), p.getString("email"), p.getString("locale"),
                new HashSet<>(p.getList("roles", String.class, List.of())), p.getString("region"));
        Document c = d.get("chosen", Document.class);
        Preferences chosen = c == null ? null
                : new Preferences(c.getString("email"), c.getString("language"), Digest.valueOf(c.getString("emailDigest")));
        return new User(d.getString("_id"), profile, chosen, instant(d, "firstSeenAt"), instant(d, "lastSeenAt"),
                countersOf(d, "readUpTo"), new HashSet<>(d.getList("readIds", String.class, List.of())),
                countersOf(d, "mailedUpTo"), d.get("mailVersion", Number.class).longValue(), instant(d, "lastDaily"));
    }

    private static Map<String, Long> countersOf(Document d, String field) {
        Map<String, Long> counters = new HashMap<>();
        for (Document counter : d.getList(field, Document.class, List.of())) {
            counters.put(counter.getString("audience"), counter.get("seq", Number.class).longValue());
        }
        return counters;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
