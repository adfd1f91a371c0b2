package fi.tiekartta.notification.roadmap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidenceTest {

    @Test
    void a_drop_is_a_move_towards_red() {
        assertThat(Confidence.dropped("GREEN", "AMBER_GREEN")).isTrue();
        assertThat(Confidence.dropped("AMBER", "RED")).isTrue();
        assertThat(Confidence.dropped("RED", "AMBER_RED")).isFalse();
        assertThat(Confidence.dropped("AMBER", "AMBER")).isFalse();
        assertThat(Confidence.dropped(null, "RED")).isFalse();
    }
}
