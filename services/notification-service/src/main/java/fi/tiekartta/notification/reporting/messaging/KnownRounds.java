package fi.tiekartta.notification.reporting.messaging;

import fi.tiekartta.notification.inbox.Names;
import fi.tiekartta.notification.reporting.ReportingRounds;
import fi.tiekartta.notification.reporting.RoundWatch;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers {@link ReportingRounds} from the {@code rounds} documents that {@link ReportingProjection} keeps. */
@Component
class KnownRounds implements ReportingRounds {

    static final String ROUNDS = "rounds";

    private final MongoTemplate mongo;

    KnownRounds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RoundWatch> find(String roundId) {
        return Optional.ofNullable(mongo.findById(roundId, Document.class, ROUNDS)).map(KnownRounds::watch);
    }

    @Override
    public List<RoundWatch> openWithDeadlineBetween(Instant from, Instant to) {
        // A scan of the rounds (a programme opens a few a year), not of reports or notifications.
        Query open = Query.query(Criteria.where("status").is("OPEN").and("deadline").gt(Date.from(from)).lte(Date.from(to)));
        return mongo.find(open, Document.class, ROUNDS).stream().map(KnownRounds::watch).toList();
    }

    @Override
    public boolean markWarned(String roundId, String regionCode) {
        Query notYet = Query.query(Criteria.where("_id").is(roundId).and("warned").ne(regionCode));
        return mongo.updateFirst(notYet, new Update().addToSet("warned", regionCode), ROUNDS).getMatchedCount() == 1;
    }

    private static RoundWatch watch(Document doc) {
        Map<String, Map<String, String>> reported = new HashMap<>();
        Document byRegion = doc.get("reported", Document.class);
        if (byRegion != null) {
            byRegion.forEach((region, cells) -> {
                Map<String, String> statuses = new HashMap<>();
                ((Document) cells).forEach((measureId, status) -> statuses.put(measureId, (String) status));
                reported.put(region, statuses);
            });
        }
        List<RoundWatch.Measure> measures = doc.getList("measures", Document.class, List.of()).stream()
                .map(m -> new RoundWatch.Measure(m.getString("measureId"), m.getString("code"), names(m.get("title", Document.class))))
                .toList();
        Date deadline = doc.getDate("deadline");
        return new RoundWatch(doc.getString("_id"), doc.getString("programmeCode"), names(doc.get("title", Document.class)),
                deadline == null ? null : deadline.toInstant(), doc.getString("status"),
                doc.getList("regionCodes", String.class, List.of()), measures, reported,
                new HashSet<>(doc.getList("warned", String.class, List.of())),
                new HashSet<>(doc.getList("waiting", String.class, List.of())));
    }

    static Names names(Document doc) {
        return doc == null ? Names.NONE : new Names(doc.getString("fi"), doc.getString("sv"), doc.getString("en"));
    }
}
