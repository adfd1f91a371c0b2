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

/** The field is a period in its canonical text (docs/periods.md), or null. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CanonicalPeriod.Validator.class)
public @interface CanonicalPeriod {

    String message() default "must be a period in canonical form, e.g. 2023-05-17, 2021-09, 2021-09/2022-05, 2023-Q2, "
            + "2025-H2, 2023-spring, 2022-summer/2022-autumn, 2022 or term-2023-2027";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CanonicalPeriod, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                Period.parse(value);
                return true;
            } catch (InvalidPeriodException e) {
                if (e.canonicalReading() != null) {
                    // Say which canonical form the Finnish one that was typed stands for.
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()
                            + " (\"" + e.canonicalReading() + "\" in canonical form)").addConstraintViolation();
                }
                return false;
            }
        }
    }
}
