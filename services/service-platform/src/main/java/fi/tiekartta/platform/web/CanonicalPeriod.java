package fi.tiekartta.platform.web;

import fi.tiekartta.kernel.period.InvalidPeriodException;
import fi.tiekartta.kernel.period.Period;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field is a period, or null: its canonical text ({@code 2023-spring}) or a Finnish form as the sources
 * write it ("kevät 2023", "Kevät 2023 –", "2023–2025"), whatever {@link Period#read(String)} reads (docs/periods.md).
 * Convert the field with {@code Period.read} or {@code PeriodValue.read}, which store the canonical text; not with
 * {@code Period.parse} or {@code PeriodValue.of}, which take the canonical text only. A field that is not a period
 * is a 400 whose message lists the accepted forms ({@link Period#ACCEPTED_FORMS}) and, where the text broke a
 * rule of its form, which ("a quarter is 1, 2, 3 or 4, not 5").
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CanonicalPeriod.Validator.class)
public @interface CanonicalPeriod {

    String message() default "must be " + Period.ACCEPTED_FORMS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CanonicalPeriod, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                Period.read(value);
                return true;
            } catch (InvalidPeriodException e) {
                if (e.isSpecific()) {
                    // Say which rule of its form the text broke. The reason may quote part of the input, so it is
                    // escaped: a message template interpolates {…} and ${…}.
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()
                            + " (here: " + escaped(e.reason()) + ")").addConstraintViolation();
                }
                return false;
            }
        }

        /** The text as literal text in a message template. */
        static String escaped(String text) {
            return text.replaceAll("([\\\\{}$])", "\\\\$1");
        }
    }
}
