package fi.tiekartta.programme.programme;

import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeTest {

    private static final Names NAMES = new Names("Sosiaalihuollon kehittämisohjelma", null, "National Social Welfare Development Programme");
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void defining_a_programme_records_that_it_was_created_by_whom_and_when() {
        Programme programme = Programme.define("SHKO", NAMES, ProgrammeLevel.NATIONAL, " STM ", "stm-admin", NOW);

        assertThat(programme.isNew()).isTrue();
        assertThat(programme.ownerOrganisation()).isEqualTo("STM");
        assertThat(programme.recordedEvents()).singleElement().satisfies(event -> {
            assertThat(event.contract()).isEqualTo(ProgrammeEvents.CREATED);
            assertThat(event.occurredAt()).isEqualTo(NOW);
            ProgrammeCreated created = (ProgrammeCreated) event.data();
            assertThat(created.programmeId()).isEqualTo(programme.id().value());
            assertThat(created.code()).isEqualTo("SHKO");
            assertThat(created.names().fi()).isEqualTo(NAMES.fi());
            assertThat(created.level()).isEqualTo("NATIONAL");
            assertThat(created.createdBy()).isEqualTo("stm-admin");
        });
    }

    @Test
    void a_code_must_be_short_capitals_digits_or_hyphens() {
        assertThatThrownBy(() -> Programme.define("shko", NAMES, ProgrammeLevel.NATIONAL, "STM", "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("code");
        assertThatThrownBy(() -> Programme.define("A".repeat(33), NAMES, ProgrammeLevel.NATIONAL, "STM", "a", NOW))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(Programme.define("PH-SOTY-2023", NAMES, ProgrammeLevel.REGION, "09", "a", NOW).code()).isEqualTo("PH-SOTY-2023");
    }

    @Test
    void a_programme_has_an_owner_and_a_finnish_name() {
        assertThatThrownBy(() -> Programme.define("SHKO", NAMES, ProgrammeLevel.NATIONAL, " ", "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> new Names(" ", "sv", "en")).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_restored_programme_has_recorded_nothing() {
        Programme restored = Programme.restore(new ProgrammeId("p1"), "SHKO", NAMES, ProgrammeLevel.NATIONAL, "STM", "a", NOW, 3);
        assertThat(restored.isNew()).isFalse();
        assertThat(restored.recordedEvents()).isEmpty();
    }
}
