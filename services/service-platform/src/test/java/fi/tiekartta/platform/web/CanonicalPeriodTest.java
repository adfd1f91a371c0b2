package fi.tiekartta.platform.web;

import fi.tiekartta.kernel.period.Period;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalPeriodTest {

    record Request(@CanonicalPeriod String period) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Set<ConstraintViolation<Request>> violations(String period) {
        return validator.validate(new Request(period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-spring", "kevät 2026", "Kevät 2023 –", "2022 ->", "2023–2025", "kevät 2021–2022",
            "2019–2023", "term-2019-2023", "2023/2025", "2021-spring/2022", "2023-spring/..", "17.5.2023", "29.3.–24.4.2023"})
    void a_period_in_canonical_text_or_a_finnish_form_is_accepted(String period) {
        assertThat(violations(period)).isEmpty();
    }

    @Test
    void a_missing_period_is_left_to_not_null() {
        assertThat(violations(null)).isEmpty();
    }

    @Test
    void a_text_that_is_no_period_is_refused_listing_the_accepted_forms() {
        assertThat(violations("spring 2023")).singleElement()
                .extracting(ConstraintViolation::getMessage).isEqualTo("must be " + Period.ACCEPTED_FORMS);
    }

    @Test
    void a_text_that_breaks_a_rule_of_its_form_is_refused_saying_which() {
        assertThat(violations("2023-Q5")).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("must be " + Period.ACCEPTED_FORMS + " (here: a quarter is 1, 2, 3 or 4, not 5)");
    }

    @Test
    void what_the_text_says_is_never_interpolated_into_the_message() {
        assertThat(violations("2023-${1+1}{x}")).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("must be " + Period.ACCEPTED_FORMS);
        assertThat(violations("2023-{jakarta.validation.constraints.NotNull.message}")).singleElement()
                .extracting(ConstraintViolation::getMessage).asString().doesNotContain("must not be null");
        assertThat(CanonicalPeriod.Validator.escaped("a ${b} {c} \\d")).isEqualTo("a \\$\\{b\\} \\{c\\} \\\\d");
    }
}
