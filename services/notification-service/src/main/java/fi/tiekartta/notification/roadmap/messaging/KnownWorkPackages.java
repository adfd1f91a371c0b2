package fi.tiekartta.notification.roadmap.messaging;

import fi.tiekartta.notification.inbox.Names;
import fi.tiekartta.notification.roadmap.KnownWorkPackage;
import fi.tiekartta.notification.roadmap.WorkPackageDirectory;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers {@link WorkPackageDirectory} from the documents {@link WorkPackagesProjection} keeps, by id. */
@Component
class KnownWorkPackages implements WorkPackageDirectory {

    private final MongoTemplate mongo;

    KnownWorkPackages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<KnownWorkPackage> workPackage(String workPackageId) {
        return Optional.ofNullable(mongo.findById(workPackageId, Document.class, WorkPackagesProjection.WORK_PACKAGES))
                .map(doc -> {
                    Document title = doc.get("title", Document.class);
                    Names names = title == null ? Names.NONE
                            : new Names(title.getString("fi"), title.getString("sv"), title.getString("en"));
                    return new KnownWorkPackage(workPackageId, doc.getString("programmeCode"), doc.getString("code"), names,
                            doc.getString("owner"));
                });
    }

    @Override
    public Optional<String> workPackageOfMeasure(String measureId) {
        return Optional.ofNullable(mongo.findById(measureId, Document.class, WorkPackagesProjection.MEASURES))
                .map(doc -> doc.getString("workPackageId"));
    }
}
