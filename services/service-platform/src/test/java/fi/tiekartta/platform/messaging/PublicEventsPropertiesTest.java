package fi.tiekartta.platform.messaging;

import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.outbox.OutboxAutoConfiguration;
import fi.tiekartta.platform.outbox.OutboxEvent;
import fi.tiekartta.platform.outbox.OutboxEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dataschema of recorded events: this deployment's public base URL plus the path the gateway serves it at. */
class PublicEventsPropertiesTest {

    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EventJsonAutoConfiguration.class, OutboxAutoConfiguration.class))
            .withPropertyValues("spring.application.name=test-service", "tiekartta.outbox.scan-interval=1m");

    @Test
    void a_recorded_event_names_its_schema_by_the_configured_public_url() {
        service.withPropertyValues("tiekartta.events.public-base-url=https://tiekartta.example.fi").run(context -> {
            OutboxEvent event = context.getBean(OutboxEvents.class)
                    .create(MilestoneEvents.OVERDUE, "milestone-1", 0, Instant.parse("2026-12-01T10:00:00Z"), null);
            assertThat(event.dataSchema()).isEqualTo(
                    "https://tiekartta.example.fi/events/schemas/fi.tiekartta.milestone.overdue.v1.schema.json");
        });
    }

    @Test
    void without_configuration_it_is_the_local_gateway() {
        service.run(context -> assertThat(context.getBean(PublicEventsProperties.class).dataSchemaOf(ProgrammeEvents.CREATED))
                .isEqualTo("http://localhost:8080/events/schemas/fi.tiekartta.programme.created.v1.schema.json"));
    }

    @Test
    void a_service_with_a_base_that_is_no_public_url_does_not_start() {
        service.withPropertyValues("tiekartta.events.public-base-url=tiekartta.example.fi").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("PUBLIC_BASE_URL")
                    .hasMessageContaining("absolute http or https URL");
        });
    }

    @Test
    void a_trailing_slash_and_a_path_prefix_give_clean_urls() {
        assertThat(new PublicEventsProperties("https://example.fi/tiekartta/").dataSchemaOf(ProgrammeEvents.CREATED))
                .isEqualTo("https://example.fi/tiekartta/events/schemas/fi.tiekartta.programme.created.v1.schema.json");
        assertThat(new PublicEventsProperties("HTTP://localhost:18080//").publicBaseUrl()).isEqualTo("http://localhost:18080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/events", "localhost:8080", "ftp://example.fi", "file:///tmp", "https://",
            "https://example.fi/?a=1", "https://example.fi/#top", "https://user:secret@example.fi", "http://exa mple.fi"})
    void anything_but_an_absolute_http_url_without_query_is_refused(String base) {
        assertThatThrownBy(() -> new PublicEventsProperties(base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiekartta.events.public-base-url");
    }
}
