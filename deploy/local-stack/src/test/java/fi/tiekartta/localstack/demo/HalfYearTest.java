package fi.tiekartta.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HalfYearTest {

    @Test
    void aDayFallsInTheFirstHalfUpToTheEndOfJune() {
        assertThat(HalfYear.of(LocalDate.of(2026, 1, 1)).canonical()).isEqualTo("2026-H1");
        assertThat(HalfYear.of(LocalDate.of(2026, 6, 30)).canonical()).isEqualTo("2026-H1");
        assertThat(HalfYear.of(LocalDate.of(2026, 7, 1)).canonical()).isEqualTo("2026-H2");
        assertThat(HalfYear.of(LocalDate.of(2026, 12, 31)).canonical()).isEqualTo("2026-H2");
    }

    @Test
    void thePreviousHalfOfAFirstHalfIsInTheYearBefore() {
        assertThat(new HalfYear(2026, 2).previous()).isEqualTo(new HalfYear(2026, 1));
        assertThat(new HalfYear(2026, 1).previous()).isEqualTo(new HalfYear(2025, 2));
    }

    @Test
    void labelsAreThoseOfDocsPeriods() {
        assertThat(new HalfYear(2025, 2).labels())
                .containsEntry("fi", "2. vuosipuolisko 2025")
                .containsEntry("sv", "andra halvåret 2025")
                .containsEntry("en", "second half of 2025");
        assertThat(new HalfYear(2026, 1).labels())
                .containsEntry("fi", "1. vuosipuolisko 2026")
                .containsEntry("sv", "första halvåret 2026")
                .containsEntry("en", "first half of 2026");
    }

    @Test
    void aHalfIsOneOrTwo() {
        assertThatThrownBy(() -> new HalfYear(2026, 3)).hasMessageContaining("1 or 2");
    }
}
