package fi.tiekartta.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

    @Test
    void a_version_is_a_quoted_etag_and_if_match_names_it_back() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThat(ETags.expectedVersion("\"3\"")).isEqualTo(3);
        assertThat(ETags.expectedVersion(" W/\"12\" ")).isEqualTo(12);
    }

    @Test
    void a_change_without_if_match_is_refused_as_precondition_required() {
        assertThatThrownBy(() -> ETags.expectedVersion(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.expectedVersion(" ")).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void an_if_match_that_is_not_one_of_our_etags_is_a_bad_request() {
        assertThatThrownBy(() -> ETags.expectedVersion("*")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ETags.expectedVersion("\"3\", \"4\"")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ETags.expectedVersion("3")).isInstanceOf(InvalidRequestException.class);
    }
}
