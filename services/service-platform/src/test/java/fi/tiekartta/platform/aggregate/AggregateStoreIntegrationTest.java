package fi.tiekartta.platform.aggregate;

import fi.tiekartta.kernel.Decision;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.testing.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import fi.tiekartta.platform.persistence.MongoConversionsAutoConfiguration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateStoreIntegrationTest {

    record Sample(String code, String name, List<String> themes) {
    }

    record Dated(String code, LocalDate due) {
    }

    static final MongoClient CLIENT = MongoClients.create(EmbeddedMongo.connectionString());
    static final MongoTemplate MONGO = mongoTemplateAsServicesHaveIt();
    static final Instant T0 = Instant.parse("2024-01-10T10:00:00Z");
    static final Instant T1 = Instant.parse("2024-03-01T12:00:00Z");

    final AggregateStore<Sample> store = new AggregateStore<>(MONGO, new OutboxEvents(new EventJson()), "samples", "Sample", Sample.class);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void a_new_aggregate_is_stored_at_version_zero_with_its_first_revision_and_events() {
        String id = newId();
        store.create(id, new Decision<>(new Sample("TP1", "Ohjauksen kokonaisuus", List.of("ohjaus")), List.of(event(id))), "stm-admin", T0);

        Versioned<Sample> stored = store.get(id);
        assertThat(stored.version()).isZero();
        assertThat(stored.state().name()).isEqualTo("Ohjauksen kokonaisuus");
        assertThat(stored.createdBy()).isEqualTo("stm-admin");
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(store.history(id)).singleElement().satisfies(revision -> {
            assertThat(revision.version()).isZero();
            assertThat(revision.changes()).extracting(Revision.FieldChange::field).containsExactly("code", "name", "themes");
            assertThat(revision.changes()).allSatisfy(change -> assertThat(change.from()).isNull());
        });
        assertThat(pendingEvents(id)).singleElement().satisfies(event -> assertThat(event.get("aggregateVersion", Number.class).longValue()).isZero());
    }

    @Test
    void a_change_records_who_when_and_only_the_fields_that_changed() {
        String id = newId();
        store.create(id, new Decision<>(new Sample("TP1", "Ohjaus", List.of()), List.of()), "stm-admin", T0);

        Versioned<Sample> changed = store.update(id, 0, "another-admin", T1, current -> new Decision<>(new Sample("TP1", "Ohjauksen kokonaisuus", List.of()), List.of(event(id))));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.lastChangedBy()).isEqualTo("another-admin");
        List<Revision> history = store.history(id);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).by()).isEqualTo("another-admin");
        assertThat(history.get(1).at()).isEqualTo(T1);
        assertThat(history.get(1).changes()).containsExactly(new Revision.FieldChange("name", "Ohjaus", "Ohjauksen kokonaisuus"));
        assertThat(pendingEvents(id)).singleElement().satisfies(event -> assertThat(event.get("aggregateVersion", Number.class).longValue()).isEqualTo(1));
    }

    @Test
    void a_change_based_on_a_stale_version_changes_nothing() {
        String id = newId();
        store.create(id, new Decision<>(new Sample("TP2", "A", List.of()), List.of()), "stm-admin", T0);
        store.update(id, 0, "first", T1, current -> new Decision<>(new Sample("TP2", "B", List.of()), List.of()));

        assertThatThrownBy(() -> store.update(id, 0, "second", T1, current -> new Decision<>(new Sample("TP2", "C", List.of()), List.of(event(id)))))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("version 1, not 0");
        assertThat(store.get(id).state().name()).isEqualTo("B");
        assertThat(store.history(id)).hasSize(2);
        assertThat(pendingEvents(id)).isEmpty();
    }

    @Test
    void a_change_that_changes_nothing_is_not_recorded() {
        String id = newId();
        store.create(id, new Decision<>(new Sample("TP3", "Sama", List.of("x")), List.of()), "stm-admin", T0);

        Versioned<Sample> unchanged = store.update(id, 0, "other", T1, current -> new Decision<>(new Sample("TP3", "Sama", List.of("x")), List.of()));

        assertThat(unchanged.version()).isZero();
        assertThat(store.history(id)).hasSize(1);
    }

    @Test
    void dates_compare_as_stored_so_only_real_changes_are_recorded() {
        AggregateStore<Dated> dated = new AggregateStore<>(MONGO, new OutboxEvents(new EventJson()), "dated", "Dated", Dated.class);
        String id = newId();
        dated.create(id, new Decision<>(new Dated("A", LocalDate.of(2027, 4, 18)), List.of()), "stm-admin", T0);

        assertThat(dated.update(id, 0, "other", T1, current -> new Decision<>(new Dated("A", LocalDate.of(2027, 4, 18)), List.of())).version())
                .as("the same date is no change").isZero();
        dated.update(id, 0, "other", T1, current -> new Decision<>(new Dated("B", LocalDate.of(2027, 4, 18)), List.of()));

        assertThat(dated.history(id).get(1).changes()).extracting(Revision.FieldChange::field).containsExactly("code");
        assertThat(dated.get(id).state().due()).isEqualTo(LocalDate.of(2027, 4, 18));
    }

    @Test
    void as_of_an_instant_the_aggregate_is_as_it_was_then() {
        String id = newId();
        store.create(id, new Decision<>(new Sample("TP4", "Ennen", List.of()), List.of()), "stm-admin", T0);
        store.update(id, 0, "stm-admin", T1, current -> new Decision<>(new Sample("TP4", "Jälkeen", List.of()), List.of()));

        assertThat(store.findAsOf(id, T0.minusSeconds(1))).as("before it existed").isEmpty();
        assertThat(store.findAsOf(id, T0)).get().satisfies(then -> {
            assertThat(then.state().name()).isEqualTo("Ennen");
            assertThat(then.version()).isZero();
        });
        assertThat(store.findAsOf(id, T1.minusSeconds(1))).get().extracting(then -> then.state().name()).isEqualTo("Ennen");
        assertThat(store.findAsOf(id, T1)).get().extracting(then -> then.state().name()).isEqualTo("Jälkeen");
        assertThat(store.findAsOf("no-such-id", T1)).isEmpty();
    }

    @Test
    void queries_filter_on_state_fields_and_page() {
        String marker = UUID.randomUUID().toString();
        for (int i = 1; i <= 3; i++) {
            store.create(newId(), new Decision<>(new Sample("Q" + i, marker, List.of()), List.of()), "stm-admin", T0);
        }
        Query byName = Query.query(Criteria.where(AggregateStore.STATE + ".name").is(marker)).with(Sort.by(AggregateStore.STATE + ".code"));

        var page = store.find(byName, PageRequest.of(0, 2));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(stored -> stored.state().code()).containsExactly("Q1", "Q2");
    }

    @Test
    void unknown_ids_are_not_found() {
        assertThat(store.find("nope")).isEmpty();
        assertThatThrownBy(() -> store.history("nope")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> store.update("nope", 0, "a", T1, current -> new Decision<>(new Sample("X", "Y", List.of()), List.of())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    /** With the platform's conversions: java.time values go to the driver's codecs, as in every service. */
    private static MongoTemplate mongoTemplateAsServicesHaveIt() {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(CLIENT, "aggregate-store-test");
        MongoCustomConversions conversions = new MongoConversionsAutoConfiguration().mongoCustomConversions();
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new MongoTemplate(factory, converter);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static PendingEvent<ProgrammeCreated> event(String id) {
        return PendingEvent.of(ProgrammeEvents.CREATED, new ProgrammeCreated(id, "X", new LocalizedText("x", null, null),
                "NATIONAL", "STM", "stm-admin", T0, null, List.of(), List.of(), List.of(), "PLANNED", null, null, List.of(), null, null), T0);
    }

    @SuppressWarnings("unchecked")
    private static List<Document> pendingEvents(String id) {
        return (List<Document>) MONGO.findById(id, Document.class, "samples").get("pendingEvents", List.class);
    }
}
