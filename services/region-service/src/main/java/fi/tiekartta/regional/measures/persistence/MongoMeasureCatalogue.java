package fi.tiekartta.regional.measures.persistence;

import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the measures the projection keeps in {@code known_measures}; the index serves a programme's list by code. */
@Component
class MongoMeasureCatalogue implements MeasureCatalogue {

    private final MongoTemplate mongo;

    MongoMeasureCatalogue(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("programmeId", Sort.Direction.ASC).on("code", Sort.Direction.ASC));
    }

    @Override
    public Optional<KnownMeasure> find(String measureId) {
        return Optional.ofNullable(mongo.findById(measureId, Document.class, COLLECTION)).map(this::toMeasure);
    }

    @Override
    public List<KnownMeasure> findAll(Collection<String> measureIds) {
        return read(Query.query(Criteria.where("_id").in(measureIds)));
    }

    @Override
    public List<KnownMeasure> ofProgramme(String programmeId) {
        return read(Query.query(Criteria.where("programmeId").is(programmeId)).with(Sort.by("code", "_id")));
    }

    @Override
    public List<KnownMeasure> withCode(String code) {
        return read(Query.query(Criteria.where("code").is(code)).with(Sort.by("programmeId", "_id")));
    }

    private List<KnownMeasure> read(Query query) {
        return mongo.find(query, Document.class, COLLECTION).stream().map(this::toMeasure).toList();
    }

    /** The document's id is the measure's: documents written before the measure's id was among its fields read alike. */
    private KnownMeasure toMeasure(Document measure) {
        return mongo.getConverter().read(KnownMeasure.class, measure.append("measureId", measure.get("_id")));
    }
}
