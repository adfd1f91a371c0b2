package fi.tiekartta.programme;

import fi.tiekartta.contracts.programme.OriginData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.util.regex.Pattern;

/**
 * Where a programme comes from in a Government Programme, as structured data: e.g. Marin's Government Programme
 * (term 2019-2023), section 3.6 "Oikeudenmukainen, yhdenvertainen ja mukaan ottava Suomi", objective 4
 * "Sosiaali- terveydenhuollon palveluiden parantaminen", the means under which it is named, and the sentence that
 * calls for the programme ({@code quote}).
 */
public record Origin(String government, String termId, String section, Text sectionTitle, String objective,
        Text objectiveTitle, Text means, Text quote, String url, Basis basis) {

    private static final Pattern TERM_ID = Pattern.compile("\\d{4}-\\d{4}");
    private static final Pattern SHORT = Pattern.compile("[0-9A-Za-z.]{1,20}");

    public Origin {
        if (government == null || government.isBlank() || government.strip().length() > 100) {
            throw new DomainRuleViolation("origin.government", "An origin names the government whose programme it is, e.g. Marin.");
        }
        government = government.strip();
        if (termId == null || !TERM_ID.matcher(termId).matches()) {
            throw new DomainRuleViolation("origin.termId", "An origin names the government term by its years, e.g. 2019-2023: " + termId);
        }
        section = blankToNull(section);
        objective = blankToNull(objective);
        if (section != null && !SHORT.matcher(section).matches()) {
            throw new DomainRuleViolation("origin.section", "A section is numbered, e.g. 3.6: " + section);
        }
        if (objective != null && !SHORT.matcher(objective).matches()) {
            throw new DomainRuleViolation("origin.objective", "An objective is numbered, e.g. 4: " + objective);
        }
        url = blankToNull(url);
        if (url != null && !url.matches("https?://\\S{1,2000}")) {
            throw new DomainRuleViolation("origin.url", "An origin's address is an http(s) URL: " + url);
        }
    }

    public OriginData toEvent() {
        return new OriginData(government, termId, section, text(sectionTitle), objective, text(objectiveTitle), text(means),
                text(quote), url, Basis.toEvent(basis));
    }

    /** From an event or a document; null stays null. */
    public static Origin fromEvent(OriginData data) {
        return data == null ? null : new Origin(data.government(), data.termId(), data.section(),
                fromText(data.sectionTitle()), data.objective(), fromText(data.objectiveTitle()), fromText(data.means()),
                fromText(data.quote()), data.url(), Basis.fromEvent(data.basis()));
    }

    private static fi.tiekartta.contracts.LocalizedText text(Text text) {
        return text == null ? null : text.toEvent();
    }

    private static Text fromText(fi.tiekartta.contracts.LocalizedText text) {
        return text == null ? null : Text.fromEvent(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
