package fi.tiekartta.web.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service said was wrong with a form, placed where the user will look for it: next to the field it
 * concerns (by the form field's id, which is also the anchor the error summary links to), or above the form when
 * it concerns no one field. Each message is in the user's language when we recognise it; otherwise it is the
 * service's English text, which the page marks with {@code lang="en"}.
 */
public final class FormErrors {

    private final Map<String, Message> byField = new LinkedHashMap<>();
    private final List<Message> general = new ArrayList<>();

    /**
     * One message.
     *
     * @param text   the text to show
     * @param lang   null when the text is in the page's language; the language code (en) when it is the service's
     * @param detail the service's own English detail shown beside a general message, or null
     */
    public record Message(String text, String lang, String detail) {
    }

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors field(String fieldId, Message message) {
        byField.putIfAbsent(fieldId, message);
        return this;
    }

    public FormErrors general(Message message) {
        general.add(message);
        return this;
    }

    /**
     * The same errors with the field errors in the order the form shows its fields (by the start of their ids), so
     * that the error summary reads top to bottom like the form.
     */
    public FormErrors inFormOrder(List<String> fieldIdPrefixes) {
        FormErrors ordered = new FormErrors();
        byField.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(entry -> position(fieldIdPrefixes, entry.getKey())))
                .forEach(entry -> ordered.field(entry.getKey(), entry.getValue()));
        general.forEach(ordered::general);
        return ordered;
    }

    private static int position(List<String> prefixes, String fieldId) {
        if (prefixes.contains(fieldId)) {
            return prefixes.indexOf(fieldId);
        }
        for (int i = 0; i < prefixes.size(); i++) {
            if (fieldId.startsWith(prefixes.get(i))) {
                return i;
            }
        }
        return prefixes.size();
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    public Message of(String fieldId) {
        return byField.get(fieldId);
    }

    /** The field errors in the form's order of discovery: the error summary links each to its field. */
    public Map<String, Message> fields() {
        return byField;
    }

    public List<Message> general() {
        return general;
    }
}
