package fi.tiekartta.platform.tracing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationTest {

    @Test
    void a_traceparent_gives_its_trace_and_span_ids_and_anything_else_gives_none() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertThat(Correlation.traceIdOf(traceparent)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(Correlation.spanIdOf(traceparent)).isEqualTo("00f067aa0ba902b7");
        assertThat(Correlation.traceIdOf("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isNull();
        assertThat(Correlation.traceIdOf("garbage")).isNull();
        assertThat(Correlation.traceIdOf(null)).isNull();
    }

    @Test
    void only_a_plain_request_id_is_taken() {
        assertThat(Correlation.requestIdOrNull("3f1c2a9e-0c1b-4c4e-9d7a-1b2c3d4e5f60")).isNotNull();
        assertThat(Correlation.requestIdOrNull("a b")).isNull();
        assertThat(Correlation.requestIdOrNull("line\nforged log line")).isNull();
        assertThat(Correlation.requestIdOrNull("x".repeat(129))).isNull();
        assertThat(Correlation.requestIdOrNull("")).isNull();
    }
}
