package fi.tiekartta.progress.indicators.persistence;

import fi.tiekartta.progress.history.persistence.HistoryReader;
import fi.tiekartta.progress.indicators.NationalIndicator;
import fi.tiekartta.progress.indicators.NationalIndicators;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the national indicators: now from {@code national_indicators}, as of a past instant from its history; by the
 * indexed {@code programmeCode} or {@code measureId}, one query each.
 */
@Repository
class MongoNationalIndicators implements NationalIndicators {

    private final MongoTemplate mongo;

    MongoNationalIndicators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<NationalIndicator> ofProgramme(String programmeCode, Instant asOf) {
        if (programmeCode == null) {
            return List.of();
        }
        return find(Criteria.where("programmeCode").is(programmeCode), asOf).stream().sorted(NationalIndicator.BY_PERIOD).toList();
    }

    @Override
    public Map<String, List<NationalIndicator>> ofMeasures(Collection<String> measureIds, Instant asOf) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<NationalIndicator>> byMeasure = new LinkedHashMap<>();
        find(Criteria.where("measureId").in(measureIds), asOf).stream().sorted(NationalIndicator.BY_PERIOD)
                .forEach(indicator -> byMeasure.computeIfAbsent(indicator.measureId(), id -> new ArrayList<>()).add(indicator));
        return byMeasure;
    }

    private List<NationalIndicator> find(Criteria criteria, Instant asOf) {
        List<Document> documents = asOf == null
                ? mongo.find(Query.query(criteria), Document.class, NationalIndicator.COLLECTION)
                : HistoryReader.asOf(mongo, NationalIndicator.COLLECTION, criteria, asOf);
        return documents.stream().map(document -> mongo.getConverter().read(NationalIndicator.class, document)).toList();
    }
}
