package fi.tiekartta.progress.programmes.persistence;

import fi.tiekartta.platform.persistence.MongoPages;
import fi.tiekartta.progress.programmes.ProgrammeSummaries;
import fi.tiekartta.progress.programmes.ProgrammeSummary;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static fi.tiekartta.progress.programmes.ProgrammeSummary.COLLECTION;

/** Reads the summaries the projection writes: one document per programme, its id the document's {@code _id}. */
@Repository
class MongoProgrammeSummaries implements ProgrammeSummaries {

    private final MongoTemplate mongo;

    MongoProgrammeSummaries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<ProgrammeSummary> inCodeOrder(Pageable page) {
        Pageable byCode = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("code"));
        return MongoPages.find(mongo, new Query(), byCode, Document.class, COLLECTION).map(this::summary);
    }

    @Override
    public Optional<ProgrammeSummary> find(String programmeId) {
        return Optional.ofNullable(mongo.findById(programmeId, Document.class, COLLECTION)).map(this::summary);
    }

    private ProgrammeSummary summary(Document stored) {
        stored.put("programmeId", stored.get("_id"));
        return mongo.getConverter().read(ProgrammeSummary.class, stored);
    }
}
