package fi.tiekartta.region.measures.messaging;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.platform.domain.Text;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.region.measures.KnownMeasure;
import fi.tiekartta.region.measures.MeasureCatalogue;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps {@code known_measures} from the measure events on {@code tiekartta.work-packages.v1}. Events of one
 * work package arrive in order (keyed by its id) and each carries the measures it touched whole, so applying
 * one sets what it says; applying it twice changes nothing.
 */
@Component
class KnownMeasuresProjection implements MeasureCatalogue {

    static final String COLLECTION = "known_measures";
    private static final Map<String, EventContract<MeasureChanged>> MEASURE_EVENTS = Stream.of(
                    WorkPackageEvents.MEASURE_ADDED, WorkPackageEvents.MEASURE_REVISED, WorkPackageEvents.MEASURE_SPLIT,
                    WorkPackageEvents.MEASURES_MERGED, WorkPackageEvents.MEASURE_DROPPED)
            .collect(Collectors.toMap(EventContract::type, Function.identity()));

    private final MongoTemplate mongo;
    private final EventJson eventJson;

    KnownMeasuresProjection(MongoTemplate mongo, EventJson eventJson) {
        this.mongo = mongo;
        this.eventJson = eventJson;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("programmeId", Sort.Direction.ASC).on("code", Sort.Direction.ASC));
    }

    @KafkaListener(topics = Topics.WORK_PACKAGES, groupId = "region-service.measures")
    void on(CloudEvent event) {
        EventContract<MeasureChanged> contract = MEASURE_EVENTS.get(event.getType());
        if (contract != null) {
            eventJson.read(event, contract).measures().forEach(this::learn);
        }
    }

    private void learn(MeasureData measure) {
        LocalizedText title = measure.title();
        mongo.upsert(Query.query(Criteria.where("_id").is(measure.measureId())),
                new Update().set("programmeId", measure.programmeId()).set("workPackageId", measure.workPackageId())
                        .set("code", measure.code()).set("status", measure.status())
                        .set("title", new Document("fi", title.fi()).append("sv", title.sv()).append("en", title.en())
                                .append("original", title.original())),
                COLLECTION);
    }

    @Override
    public Optional<KnownMeasure> find(String measureId) {
        return Optional.ofNullable(mongo.findById(measureId, Document.class, COLLECTION)).map(KnownMeasuresProjection::toMeasure);
    }

    @Override
    public List<KnownMeasure> findAll(Collection<String> measureIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(measureIds)), Document.class, COLLECTION).stream()
                .map(KnownMeasuresProjection::toMeasure).toList();
    }

    @Override
    public List<KnownMeasure> ofProgramme(String programmeId) {
        Query query = Query.query(Criteria.where("programmeId").is(programmeId)).with(Sort.by("code", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(KnownMeasuresProjection::toMeasure).toList();
    }

    private static KnownMeasure toMeasure(Document measure) {
        Document title = measure.get("title", Document.class);
        return new KnownMeasure(measure.getString("_id"), measure.getString("programmeId"),
                measure.getString("workPackageId"), measure.getString("code"),
                new Text(title.getString("fi"), title.getString("sv"), title.getString("en"), title.getString("original")),
                measure.getString("status"));
    }
}
