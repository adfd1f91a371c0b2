package fi.tiekartta.platform.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictTextsTest {

    record Command(String name, List<String> tags) {
    }

    final JsonMapper mapper = JsonMapper.builder().addModule(StrictTexts.module()).build();

    @ParameterizedTest
    @ValueSource(strings = {"123", "1.5", "true", "false", "{}", "[]"})
    void a_text_is_only_read_from_a_json_string(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":" + value + "}", Command.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("must be a JSON string")
                .satisfies(e -> assertThat(((DatabindException) e).getPath().get(0).getPropertyName()).isEqualTo("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0001", "\\u000b", "\\u001f", "\\u007f", "\\u0080", "\\u009f", "\\u202a",
            "\\u202e", "\\u2066", "\\u2069", "\\ud800", "\\udfff", "a\\ud83d", "\\ude00b"})
    void controls_bidi_controls_and_lone_surrogates_are_refused_also_in_lists(String escaped) {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"x" + escaped + "y\"}", Command.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("must not contain");
        assertThatThrownBy(() -> mapper.readValue("{\"tags\":[\"ok\",\"" + escaped + "\"]}", Command.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("must not contain")
                .satisfies(e -> assertThat(((DatabindException) e).getPath().get(1).getIndex()).isEqualTo(1));
    }

    @Test
    void line_breaks_tabs_pairs_of_surrogates_and_marks_are_kept() {
        Command command = mapper.readValue("{\"name\":\"a\\tb\\r\\nc \\ud83d\\ude00 \\u200f\\u00e4\",\"tags\":null}", Command.class);
        assertThat(command.name()).isEqualTo("a\tb\r\nc \uD83D\uDE00 \u200F\u00E4");
        assertThat(command.tags()).isNull();
        assertThat(mapper.readValue("{\"name\":null}", Command.class).name()).isNull();
    }
}
