package fi.tiekartta.web.reporting;

import fi.tiekartta.web.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a service's problem+json into {@link FormErrors}: each {@code errors[].field} onto the form field it
 * concerns (the form says which, through {@code fieldOf}), each message in the user's language where we
 * recognise it, else the service's English text. The services name no field for some rule violations (422 with a
 * detail only); the ones a form can point at are recognised by their wording and put at their field.
 */
@Component
public class FormProblems {

    /** A service message we recognise, and the message key (with the captured values as arguments) that says it. */
    private record Known(Pattern pattern, String key) {
        Known(String regex, String key) {
            this(Pattern.compile(regex), key);
        }
    }

    /** A rule violation without a field that still concerns one field. */
    private record RuleAtField(String fragment, String apiField, String key) {
    }

    private static final List<Known> KNOWN_MESSAGES = List.of(
            new Known("^must not be (?:blank|null|empty)", "work.error.required"),
            new Known("^must be less than or equal to (\\S+)", "work.error.max"),
            new Known("^must be greater than or equal to (\\S+)", "work.error.min"),
            new Known("^must be an http or https address", "work.error.url"),
            new Known("^must be a period", "work.error.period"),
            new Known("^size must be between \\d+ and (\\d+)", "work.error.length"),
            new Known("must be fi or sv", "work.error.narrativeLanguage"),
            new Known("must have the text in its original language", "work.error.narrativeMissing"),
            new Known("wrong type|Cannot deserialize|not one of the values|unknown field", "work.error.invalidValue"),
            new Known("^A milestone is achieved in a period that has begun", "work.error.actualNotBegun"),
            new Known("^The forecast .* ends before the baseline", "work.error.forecastBeforeBaseline"));

    private static final List<RuleAtField> RULES_AT_FIELDS = List.of(
            new RuleAtField("Give the implementation level before submitting", "level", "work.error.levelBeforeSubmit"),
            new RuleAtField("Write the narrative", "narrative", "work.error.narrativeBeforeSubmit"),
            new RuleAtField("needs the share covered", "share", "work.error.shareRequired"),
            new RuleAtField("Only a measure in use in part of the region has a share", "share", "work.error.shareOnlyPartial"),
            new RuleAtField("Say what the region should correct", "comment", "work.error.required"),
            new RuleAtField("Give the verified implementation level", "level", "work.error.required"),
            new RuleAtField("Each evidence link is given once", "evidence", "work.error.evidenceTwice"));

    private final MessageSource messages;

    public FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The form's errors from a service's answer.
     *
     * @param fieldOf the form field id for an API field ({@code share}, {@code selfReport.level},
     *                {@code evidence[0].url}), or null when the form has no such field
     */
    public FormErrors read(ApiProblem problem, Function<String, String> fieldOf) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String fieldId = error.field() == null ? null : fieldOf.apply(error.field());
            FormErrors.Message message = message(error.message());
            if (fieldId != null) {
                errors.field(fieldId, message);
            } else {
                errors.general(new FormErrors.Message(text("work.error.general." + kind(problem)), null,
                        (error.field() == null ? "" : error.field() + ": ") + error.message()));
            }
        }
        if (problem.errors().isEmpty()) {
            String detail = problem.detail() == null ? "" : problem.detail();
            RuleAtField rule = RULES_AT_FIELDS.stream().filter(candidate -> detail.contains(candidate.fragment())).findFirst().orElse(null);
            String fieldId = rule == null ? null : fieldOf.apply(rule.apiField());
            if (fieldId != null) {
                errors.field(fieldId, new FormErrors.Message(text(rule.key()), null, null));
            } else {
                errors.general(new FormErrors.Message(text("work.error.general." + kind(problem)), null, problem.detail()));
            }
        }
        return errors;
    }

    /** One error that the page itself found (a number that is not a number), in the user's language. */
    public FormErrors.Message local(String key, Object... arguments) {
        return new FormErrors.Message(text(key, arguments), null, null);
    }

    private static String kind(ApiProblem problem) {
        if (problem.status() == 409 && "Frozen".equalsIgnoreCase(problem.title())) {
            return "frozen";
        }
        return switch (problem.status()) {
            case 400 -> "invalid";
            case 409 -> "conflict";
            case 422 -> "rule";
            default -> "other";
        };
    }

    private FormErrors.Message message(String apiMessage) {
        String original = apiMessage == null ? "" : apiMessage;
        for (Known known : KNOWN_MESSAGES) {
            Matcher matcher = known.pattern().matcher(original);
            if (matcher.find()) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    arguments[group - 1] = matcher.group(group);
                }
                return new FormErrors.Message(text(known.key(), arguments), null, null);
            }
        }
        return new FormErrors.Message(original, "en", null);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
