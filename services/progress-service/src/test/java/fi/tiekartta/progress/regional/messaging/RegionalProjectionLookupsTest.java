package fi.tiekartta.progress.regional.messaging;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.progress.regional.RegionalMatrix;
import fi.tiekartta.progress.regional.RegionalViews;
import fi.tiekartta.progress.scale.ScaleDataSet;
import fi.tiekartta.testing.ServiceIntegrationTest;
import io.cloudevents.CloudEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * mongo-java-server, the local stack's MongoDB, ignores non-unique indexes: a query on any field but {@code _id} (or on
 * exactly the fields of a unique index) reads the whole collection. A projection that queried that way for each event
 * did work growing with the collection, and the full-size data set stalled its consumer. So every query and write
 * issued while the regional projection applies an event (the views, the history, the change feed) must be by
 * {@code _id}: checked here on the commands the MongoDB driver sends (a {@link CommandListener}), not by timing.
 * The events are a generated programme's, applied by calling the projection directly, with one round learnt only after
 * some of its reports (so that a round's cells are recomputed too); the latest levels kept this way must then equal
 * those worked out from every stored report (the matrix as of a later time, which reads the history).
 */
@ServiceIntegrationTest
@Import(RegionalProjectionLookupsTest.Commands.class)
class RegionalProjectionLookupsTest {

    /** Records the commands the driver sends from one thread, the test's, while {@link #recording} is set. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Commands implements CommandListener {

        final List<BsonDocument> seen = new CopyOnWriteArrayList<>();
        volatile Thread recording;

        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands() {
            return settings -> settings.addCommandListener(this);
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (Thread.currentThread() == recording) {
                seen.add(event.getCommand().clone());
            }
        }
    }

    @Autowired
    RegionalReportingProjection projection;
    @Autowired
    Commands commands;
    @Autowired
    EventJson eventJson;
    @Autowired
    RegionalViews views;

    @Test
    void applying_an_event_reads_and_writes_by_id_only() {
        ScaleDataSet data = ScaleDataSet.build(new ScaleDataSet.Size(1, 3, 6, 0, 3), 4711, eventJson);
        List<CloudEvent> events = new ArrayList<>(data.events().stream()
                .filter(event -> event.topic().equals(Topics.REGIONAL_REPORTING)).map(ScaleDataSet.Event::event).toList());
        // the second round is learnt after twenty of its reports came
        CloudEvent secondRound = events.stream().filter(event -> event.getType().equals(ReportingEvents.ROUND_OPENED.type()))
                .skip(1).findFirst().orElseThrow();
        int at = events.indexOf(secondRound);
        events.remove(at);
        events.add(at + 20, secondRound);

        commands.recording = Thread.currentThread();
        try {
            events.forEach(projection::on);
            events.subList(0, 50).forEach(projection::on); // delivered again: changes nothing, still by id
        } finally {
            commands.recording = null;
        }

        List<String> notById = new ArrayList<>();
        for (BsonDocument command : commands.seen) {
            String name = command.getFirstKey();
            String collection = command.get(name).isString() ? command.getString(name).getValue() : "?";
            for (BsonValue filter : filters(command)) {
                if (!byId(filter)) {
                    notById.add(name + " " + collection + " " + filter);
                }
            }
        }
        assertThat(commands.seen).hasSizeGreaterThan(events.size());
        assertThat(notById).as("queries not served by the _id index or a unique index on mongo-java-server").isEmpty();

        // the latest levels kept by id are those worked out from all the reports
        String programme = data.programmes().get(0).code();
        RegionalMatrix kept = views.currentMatrix(programme).orElseThrow();
        // (as of a time after every event: the generated reports of the open round are dated up to 2026-12-21)
        RegionalMatrix fromReports = views.currentMatrix(programme, Instant.parse("2100-01-01T00:00:00Z")).orElseThrow();
        assertThat(kept.areas()).isEqualTo(fromReports.areas());
        assertThat(cells(kept).stream().filter(cell -> !"NOT_REPORTED".equals(cell.status()))).hasSize(22 * 6);
    }

    private static List<RegionalMatrix.Cell> cells(RegionalMatrix matrix) {
        return matrix.areas().stream().flatMap(area -> area.organisers().stream()).flatMap(organiser -> organiser.cells().stream()).toList();
    }

    /** The filters a command selects documents by; a query with no filter reads every document, so it counts as {@code {}}. */
    private static List<BsonValue> filters(BsonDocument command) {
        List<BsonValue> filters = new ArrayList<>();
        switch (command.getFirstKey()) {
            case "find", "count", "distinct" -> filters.add(command.getOrDefault(command.getFirstKey().equals("find") ? "filter" : "query",
                    new BsonDocument()));
            case "findAndModify", "findandmodify" -> filters.add(command.getOrDefault("query", new BsonDocument()));
            case "update" -> command.getArray("updates").forEach(update -> filters.add(update.asDocument().get("q")));
            case "delete" -> command.getArray("deletes").forEach(delete -> filters.add(delete.asDocument().get("q")));
            case "aggregate" -> filters.add(new BsonDocument("aggregate", command.get("aggregate"))); // loads the collection
            default -> {
                // insert, createIndexes, getMore, …: select nothing
            }
        }
        return filters;
    }

    /**
     * Whether mongo-java-server serves the filter from an index: {@code _id} alone, by equality or {@code $in}, or
     * {@code _id} and {@code aggregateVersion} by equality (the unique index {@code EventProjection} creates).
     */
    private static boolean byId(BsonValue filter) {
        BsonDocument query = filter.asDocument();
        if (query.keySet().equals(Set.of("_id"))) {
            BsonValue id = query.get("_id");
            return !id.isDocument() || id.asDocument().keySet().equals(Set.of("$in")) || id.asDocument().keySet().equals(Set.of("$eq"));
        }
        return query.keySet().equals(Set.of("_id", "aggregateVersion")) && !query.get("_id").isDocument()
                && !query.get("aggregateVersion").isDocument();
    }
}
