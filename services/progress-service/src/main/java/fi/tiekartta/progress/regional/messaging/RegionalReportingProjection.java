package fi.tiekartta.progress.regional.messaging;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.reporting.VerificationData;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.history.messaging.HistoryWriter;
import fi.tiekartta.progress.regional.LatestLevels;
import fi.tiekartta.progress.regional.RegionalStore;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the regional views from {@code tiekartta.regional-reporting.v1} (consumer group
 * {@code progress-service.regional}). Rounds and reports each mirror their aggregate through
 * {@link EventProjection#upsertIfNewer}, so a redelivered or older event changes nothing. A report's
 * {@code atDeadline} is set only by submitted, verified and returned events, which happen only while the round
 * accepts reports; corrections after the close ({@code revised}) change the report but not {@code atDeadline}, so it
 * stays the report as at the deadline. After a report changes, or a round is first learnt or its deadline moves, the
 * latest-across-rounds documents of the cells concerned are recomputed ({@link LatestLevels}) from the stored reports and rounds: a pure
 * function of them, so the order in which reports and rounds arrive does not matter (a report may come before its
 * round).
 * <p>
 * Every read and write of an event is by {@code _id} (or {@code _id} and version): on mongo-java-server, which ignores
 * non-unique indexes, any other query reads the whole collection, and the work per event would grow with the
 * collection (docs/mongodb-compatibility.md). The non-unique indexes created below serve the views' reads on MongoDB.
 */
@Component
class RegionalReportingProjection {

    static final String GROUP = "progress-service.regional";
    private static final Logger log = LoggerFactory.getLogger(RegionalReportingProjection.class);

    private final MongoTemplate mongo;
    private final ChangeFeed changes;
    private final LatestLevels latestLevels;
    private final EventProjection projection;

    RegionalReportingProjection(MongoTemplate mongo, EventJson eventJson, ChangeFeed changes, LatestLevels latestLevels) {
        this.mongo = mongo;
        this.changes = changes;
        this.latestLevels = latestLevels;
        this.projection = new EventProjection(mongo, eventJson, GROUP)
                .on(ReportingEvents.ROUND_OPENED, event -> round(event, "kierros avattu", "omgången öppnad", "round opened"))
                .on(ReportingEvents.ROUND_REVISED, event -> round(event, "kierrosta muutettu", "omgången ändrad", "round revised"))
                .on(ReportingEvents.ROUND_CLOSED, event -> round(event, "kierros suljettu", "omgången stängd", "round closed"))
                .on(ReportingEvents.REPORT_SUBMITTED, event -> report(event, true,
                        "raportti lähetetty", "rapporten inlämnad", "report submitted"))
                .on(ReportingEvents.REPORT_VERIFIED, event -> report(event, true,
                        "raportti varmennettu", "rapporten verifierad", "report verified"))
                .on(ReportingEvents.REPORT_RETURNED, event -> report(event, true,
                        "raportti palautettu korjattavaksi", "rapporten returnerad för korrigering", "report returned for correction"))
                .on(ReportingEvents.REPORT_REVISED, event -> report(event, false,
                        "raporttia korjattu kierroksen sulkeuduttua", "rapporten korrigerad efter att omgången stängts",
                        "report corrected after the round closed"));
        mongo.indexOps(RegionalStore.ROUNDS).createIndex(new Index().on("programmeCode", Sort.Direction.ASC));
        mongo.indexOps(RegionalStore.ROUNDS).createIndex(new Index().on("status", Sort.Direction.ASC));
        mongo.indexOps(RegionalStore.REPORTS).createIndex(new Index().on("roundId", Sort.Direction.ASC));
        mongo.indexOps(RegionalStore.REPORTS).createIndex(new Index().on("regionCode", Sort.Direction.ASC));
        // no query needs it since a cell lists its reports (RegionalStore.CELL_REPORTS); on MongoDB it also serves
        // queries by regionCode alone; kept until it is decided to drop it from existing databases
        mongo.indexOps(RegionalStore.REPORTS).createIndex(new Index().on("regionCode", Sort.Direction.ASC)
                .on("measureId", Sort.Direction.ASC));
        mongo.indexOps(RegionalStore.LATEST).createIndex(new Index().on("programmeCode", Sort.Direction.ASC));
        mongo.indexOps(RegionalStore.LATEST).createIndex(new Index().on("measureId", Sort.Direction.ASC));
        // the earlier states, for the views as of a past time
        HistoryWriter.index(mongo, RegionalStore.ROUNDS, "programmeCode");
        HistoryWriter.index(mongo, RegionalStore.REPORTS, "roundId");
        HistoryWriter.index(mongo, RegionalStore.REPORTS, "regionCode");
        HistoryWriter.index(mongo, RegionalStore.REPORTS, "measureId");
    }

    @KafkaListener(topics = Topics.REGIONAL_REPORTING, groupId = "${tiekartta.progress.group-prefix:progress-service}.regional")
    void on(CloudEvent event) {
        if (!projection.project(event)) {
            log.debug("Ignoring event {} of type {}: not part of the regional views", event.getId(), event.getType());
        }
    }

    private void round(ConsumedEvent<ReportingRoundChanged> event, String fi, String sv, String en) {
        ReportingRoundData round = event.data().round();
        Document before = mongo.findById(round.roundId(), Document.class, RegionalStore.ROUNDS);
        Update update = new Update()
                .set("programmeId", round.programmeId())
                .set("programmeCode", round.programmeCode())
                .set("title", round.title())
                .set("period", round.period())
                .set("deadline", round.deadline())
                .set("measures", measures(round))
                .set("regionCodes", round.regionCodes() == null ? List.of() : round.regionCodes())
                .set("status", round.status())
                .set("closedAt", round.closedAt())
                .set("closeReason", round.closeReason())
                .set("basis", round.basis())
                .set("changedBy", event.data().changedBy())
                .set("changedAt", event.data().changedAt());
        boolean applied = projection.upsertIfNewer(RegionalStore.ROUNDS, round.roundId(), event, update);
        HistoryWriter.append(mongo, RegionalStore.ROUNDS, round.roundId(), event, time(event, event.data().changedAt()));
        Date deadlineBefore = before == null ? null : before.getDate("deadline");
        if (applied && (before == null || deadlineBefore == null || !deadlineBefore.toInstant().equals(round.deadline()))) {
            // the order of rounds changed, or reports that came before their round now have it
            latestLevels.refreshCellsOfRound(round.roundId());
        }
        String code = round.programmeCode() == null ? null
                : round.programmeCode() + (round.period() == null ? "" : " " + round.period().value());
        changes.record(new ChangeEntry(event.id(), event.type(), "ROUND", round.roundId(), code, round.title(),
                new LocalizedText(fi, sv, en, "fi"), round.programmeId(), round.programmeCode(), null,
                event.data().changedBy(), time(event, event.data().changedAt())));
    }

    private static List<Document> measures(ReportingRoundData round) {
        Map<String, MeasureKeyData> keys = new HashMap<>();
        if (round.measures() != null) {
            round.measures().forEach(measure -> keys.put(measure.measureId(), measure));
        }
        List<Document> measures = new ArrayList<>();
        for (String measureId : round.measureIds() == null ? List.<String>of() : round.measureIds()) {
            MeasureKeyData key = keys.get(measureId);
            LocalizedText title = key == null ? null : key.title();
            measures.add(new Document("measureId", measureId).append("code", key == null ? null : key.code())
                    .append("title", title == null ? null : text(title)));
        }
        return measures;
    }

    private void report(ConsumedEvent<RegionalReportChanged> event, boolean beforeDeadline, String fi, String sv, String en) {
        RegionalReportChanged changed = event.data();
        RegionalReportData report = changed.report();
        Document selfReported = level(report.selfReport());
        Document verified = level(report.verified());
        Update update = new Update()
                .set("roundId", report.roundId())
                .set("programmeId", report.programmeId())
                .set("programmeCode", report.programmeCode())
                .set("measureId", report.measureId())
                .set("measureCode", report.measureCode())
                .set("regionCode", report.regionCode())
                .set("regionName", report.regionName())
                .set("status", report.status())
                .set("selfReported", selfReported)
                .set("verified", verified)
                .set("corrections", report.corrections())
                .set("basis", report.basis())
                .set("comment", changed.comment())
                .set("changedBy", changed.changedBy())
                .set("changedAt", changed.changedAt());
        if (beforeDeadline) {
            update.set("atDeadline", new Document("status", report.status()).append("selfReported", selfReported)
                    .append("verified", verified));
        }
        if (ReportingEvents.REPORT_RETURNED.type().equals(event.type())) {
            update.push("returns", new Document("eventId", event.id()).append("comment", changed.comment())
                    .append("by", changed.changedBy()).append("at", Date.from(changed.changedAt())));
        }
        // listed first, whatever upsertIfNewer answers: a redelivery after a crash between the two writes lists it still
        latestLevels.addReport(report.reportId(), report.roundId(), report.programmeId(), report.regionCode(), report.measureId());
        boolean applied = projection.upsertIfNewer(RegionalStore.REPORTS, report.reportId(), event, update);
        HistoryWriter.append(mongo, RegionalStore.REPORTS, report.reportId(), event, time(event, changed.changedAt()));
        if (applied) {
            latestLevels.refresh(report.programmeId(), report.regionCode(), report.measureId());
        }
        changes.record(new ChangeEntry(event.id(), event.type(), "REPORT", report.reportId(), report.measureCode(),
                report.regionName(), new LocalizedText(fi, sv, en, "fi"), report.programmeId(), report.programmeCode(),
                report.regionCode(), changed.changedBy(), time(event, changed.changedAt())));
    }

    private static Instant time(ConsumedEvent<?> event, Instant changedAt) {
        return event.time() != null ? event.time() : changedAt;
    }

    private static Document level(ReportContentData content) {
        return content == null || content.level() == null ? null : level(content.level(), content.share(), content.shareBasis());
    }

    private static Document level(VerificationData verification) {
        return verification == null || verification.level() == null ? null
                : level(verification.level(), verification.share(), verification.shareBasis());
    }

    private static Document level(String level, Double share, String shareBasis) {
        return new Document("level", level).append("share", share).append("shareBasis", shareBasis);
    }

    private static Document text(LocalizedText text) {
        return new Document("fi", text.fi()).append("sv", text.sv()).append("en", text.en()).append("original", text.original());
    }

}
