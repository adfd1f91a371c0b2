package fi.tiekartta.notification.reporting.messaging;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.notification.reporting.ReportChange;
import fi.tiekartta.notification.reporting.application.ReportingNotifications;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;

/**
 * Keeps {@code rounds} from {@code tiekartta.regional-reporting.v1}, one document per round ({@code _id} = round id):
 * the round's keys, deadline, status, regions asked and measures in scope (from its own events, each applied only if
 * newer: {@code upsertIfNewer}), and per region and measure the status of its report ({@code reported}), the reports
 * waiting for a verifier ({@code waiting}) and the regions told that the deadline is near ({@code warned}). A report
 * event may come before its round's (they are keyed differently); it makes the document, which the round's event
 * then fills in. Report events of one report arrive in order (keyed by the report), so the last one heard is its
 * status. Each report event is handled once ({@code once}). {@link KnownRounds} reads the documents.
 */
@Component
class ReportingProjection {

    static final String ROUNDS = KnownRounds.ROUNDS;

    private final MongoTemplate mongo;
    private final EventProjection projection;
    private final ReportingNotifications notifications;

    ReportingProjection(MongoTemplate mongo, EventJson eventJson, ReportingNotifications notifications) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.projection = new EventProjection(mongo, eventJson, "notification-service.reporting")
                .on(ReportingEvents.ROUND_OPENED, this::learnRound)
                .on(ReportingEvents.ROUND_REVISED, this::learnRound)
                .on(ReportingEvents.ROUND_CLOSED, this::learnRound)
                .on(ReportingEvents.REPORT_SUBMITTED, this::learnReport)
                .on(ReportingEvents.REPORT_VERIFIED, this::learnReport)
                .on(ReportingEvents.REPORT_RETURNED, this::learnReport)
                .on(ReportingEvents.REPORT_REVISED, this::learnReport);
    }

    @KafkaListener(topics = Topics.REGIONAL_REPORTING, groupId = "notification-service.reporting")
    void on(CloudEvent event) {
        projection.project(event);
    }

    private void learnRound(ConsumedEvent<ReportingRoundChanged> event) {
        ReportingRoundData round = event.data().round();
        List<Document> measures = round.measures() == null ? List.of() : round.measures().stream().map(ReportingProjection::measure).toList();
        projection.upsertIfNewer(ROUNDS, round.roundId(), event, new Update()
                .set("programmeCode", round.programmeCode()).set("title", names(round.title()))
                .set("deadline", Date.from(round.deadline())).set("status", round.status())
                .set("regionCodes", round.regionCodes()).set("measures", measures));
    }

    private void learnReport(ConsumedEvent<RegionalReportChanged> event) {
        RegionalReportData report = event.data().report();
        ReportChange change = new ReportChange(event.id(), report.reportId(), report.roundId(), report.programmeCode(),
                report.regionCode(), report.measureId(), report.measureCode(), report.status(), event.data().comment(),
                event.data().changedBy(), event.data().changedAt());
        projection.once(event, () -> {
            Document round = mongo.findById(report.roundId(), Document.class, ROUNDS);
            List<String> waiting = round == null ? List.of() : round.getList("waiting", String.class, List.of());
            boolean queueWasEmpty = waiting.stream().noneMatch(id -> !id.equals(report.reportId()));
            boolean wasWaiting = waiting.contains(report.reportId());
            // Told first: the notification's id comes from the event, so a retry after a failed write adds nothing twice.
            notifications.reportChanged(change, queueWasEmpty && !wasWaiting);
            Update update = new Update().set("reported." + report.regionCode() + "." + report.measureId(), report.status());
            if (change.awaitsVerification()) {
                update.addToSet("waiting", report.reportId());
            } else {
                update.pull("waiting", report.reportId());
            }
            mongo.upsert(Query.query(Criteria.where("_id").is(report.roundId())), update, ROUNDS);
        });
    }

    private static Document measure(MeasureKeyData measure) {
        return new Document("measureId", measure.measureId()).append("code", measure.code()).append("title", names(measure.title()));
    }

    private static Document names(LocalizedText text) {
        return text == null ? null : new Document("fi", text.fi()).append("sv", text.sv()).append("en", text.en());
    }

}
