package fi.tiekartta.workpackage.programmes.persistence;

import fi.tiekartta.workpackage.programmes.KnownProgramme;
import fi.tiekartta.workpackage.programmes.KnownProgrammes;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the programmes the {@code messaging} projection keeps in {@link KnownProgramme#COLLECTION}. */
@Component
class MongoKnownProgrammes implements KnownProgrammes {

    private final MongoTemplate mongo;

    MongoKnownProgrammes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<KnownProgramme> find(String programmeId) {
        return Optional.ofNullable(mongo.findById(programmeId, Document.class, KnownProgramme.COLLECTION))
                .map(known -> new KnownProgramme(known.getString("_id"), known.getString("code"),
                        known.getList("goalCodes", String.class), known.getList("termIds", String.class)));
    }
}
