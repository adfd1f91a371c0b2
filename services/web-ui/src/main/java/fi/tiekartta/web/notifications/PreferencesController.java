package fi.tiekartta.web.notifications;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.NotificationsApi;
import fi.tiekartta.web.reporting.FormErrors;
import fi.tiekartta.web.reporting.FormProblems;
import fi.tiekartta.web.reporting.Option;
import fi.tiekartta.web.reporting.WorkSupport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's e-mail preferences: whether the notifications also come by e-mail (not at all, at once, or once a day
 * as a digest) and in which language. The address comes from the user's account (the token) and is only shown.
 * An HTML form cannot PUT: the form posts here and the UI PUTs the whole preferences document to the service.
 */
@Controller
@RequestMapping("/notifications/preferences")
class PreferencesController {

    static final List<Option> DIGESTS = Option.of("notifications.preferences.digest.", "OFF", "IMMEDIATE", "DAILY");
    static final List<Option> LANGUAGES = Option.of("notifications.preferences.language.", "fi", "sv", "en");

    /**
     * notification-service answers a rule it checks (422) with a detail only, no field: the ones a field of this form
     * can show are recognised by their wording (docs/services/notification-service.md) and said in the user's language.
     */
    private record RuleAtField(String fragment, String field, String key) {
    }

    private static final List<RuleAtField> RULES_AT_FIELDS = List.of(
            new RuleAtField("needs an e-mail address", "emailDigest", "notifications.preferences.error.noAddress"),
            new RuleAtField("emailDigest is", "emailDigest", "notifications.preferences.error.digest"),
            new RuleAtField("language is", "language", "notifications.preferences.error.language"));

    private final NotificationsApi notifications;
    private final FormProblems problems;

    PreferencesController(NotificationsApi notifications, FormProblems problems) {
        this.notifications = notifications;
        this.problems = problems;
    }

    @GetMapping
    String preferences(@RequestParam(required = false) String done, Model model) {
        Map<String, Object> saved = notifications.preferences();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("emailDigest", text(saved.get("emailDigest")));
        form.put("language", text(saved.get("language")));
        return page(model, saved, form, FormErrors.none(), "saved".equals(done));
    }

    @PostMapping
    String save(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Map<String, Object> saved = notifications.preferences();
        String digest = WorkSupport.value(form, "emailDigest");
        String language = WorkSupport.value(form, "language");
        FormErrors local = new FormErrors();
        if (!isOneOf(DIGESTS, digest)) {
            local.field("emailDigest", problems.local("notifications.preferences.error.digest"));
        }
        if (!isOneOf(LANGUAGES, language)) {
            local.field("language", problems.local("notifications.preferences.error.language"));
        }
        if (local.any()) {
            response.setStatus(422);
            return page(model, saved, form, local, false);
        }
        Map<String, Object> preferences = new LinkedHashMap<>();
        // The address is the one the service has (from the user's account): the form only shows it.
        preferences.put("email", saved.get("email"));
        preferences.put("language", language);
        preferences.put("emailDigest", digest);
        try {
            notifications.savePreferences(preferences);
            return WorkSupport.seeOther("/notifications/preferences?done=saved");
        } catch (ApiProblem problem) {
            if (!WorkSupport.belongsToTheForm(problem)) {
                throw problem;
            }
            response.setStatus(422);
            return page(model, saved, form, errorsOf(problem).inFormOrder(List.of("emailDigest", "language")), false);
        }
    }

    private static String page(Model model, Map<String, Object> saved, Map<String, String> form, FormErrors errors, boolean done) {
        model.addAttribute("email", text(saved.get("email")));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("done", done);
        model.addAttribute("digests", DIGESTS);
        model.addAttribute("languages", LANGUAGES);
        return "notifications/preferences";
    }

    private FormErrors errorsOf(ApiProblem problem) {
        String detail = problem.detail() == null ? "" : problem.detail();
        return problem.errors().isEmpty()
                ? RULES_AT_FIELDS.stream().filter(rule -> detail.contains(rule.fragment())).findFirst()
                        .map(rule -> new FormErrors().field(rule.field(), problems.local(rule.key())))
                        .orElseGet(() -> problems.read(problem, PreferencesController::fieldOf))
                : problems.read(problem, PreferencesController::fieldOf);
    }

    /** The form field an API field's error belongs to; the address has no field (it is shown, not edited). */
    static String fieldOf(String apiField) {
        return switch (apiField) {
            case "emailDigest", "language" -> apiField;
            default -> null;
        };
    }

    private static boolean isOneOf(List<Option> options, String value) {
        return value != null && options.stream().anyMatch(option -> option.value().equals(value));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
