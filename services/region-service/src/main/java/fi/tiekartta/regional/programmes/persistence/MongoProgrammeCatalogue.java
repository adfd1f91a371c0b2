package fi.tiekartta.regional.programmes.persistence;

import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.programmes.KnownProgramme;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads the programmes the projection keeps in {@code known_programmes}; the index serves the lookup by code. */
@Component
class MongoProgrammeCatalogue implements ProgrammeCatalogue {

    private final MongoTemplate mongo;

    MongoProgrammeCatalogue(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("code", Sort.Direction.ASC));
    }

    @Override
    public Optional<KnownProgramme> find(String programmeId) {
        return programmeId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(programmeId, Document.class, COLLECTION)).map(MongoProgrammeCatalogue::toProgramme);
    }

    @Override
    public List<KnownProgramme> withCode(String code) {
        return mongo.find(Query.query(Criteria.where("code").is(code)).with(Sort.by("_id")), Document.class, COLLECTION)
                .stream().map(MongoProgrammeCatalogue::toProgramme).toList();
    }

    private static KnownProgramme toProgramme(Document known) {
        Document names = known.get("names", Document.class);
        Text text = null;
        if (names != null) {
            try {
                text = new Text(names.getString("fi"), names.getString("sv"), names.getString("en"), names.getString("original"));
            } catch (RuntimeException unreadable) {
                text = null;
            }
        }
        return new KnownProgramme(known.getString("_id"), known.getString("code"), text);
    }
}
