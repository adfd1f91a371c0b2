package fi.tiekartta.regional.nationalindicators;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.util.regex.Pattern;

/**
 * One category of a {@link NationalIndicator} and how many of the observed units fell into it, e.g.
 * {@code NONE}: "no model in use", 9 project areas.
 *
 * @param key   identifies the category within its indicator: upper case letters, digits and underscores,
 *              starting with a letter (e.g. {@code REGION_WIDE}, {@code PARTIAL}, {@code NONE})
 * @param label what the category means, in fi/sv/en
 * @param count how many units fell into it; zero or more
 * @param note  what the source adds about the units of this category (e.g. "in some areas about 8–33 % of
 *              the area, in others 40–59 %"), or null
 */
public record IndicatorCategory(String key, Text label, int count, Text note) {

    public static final int MAX_KEY_LENGTH = 50;
    public static final String KEY_PATTERN = "[A-Z][A-Z0-9_]*";

    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    public IndicatorCategory {
        if (key == null || key.isBlank()) {
            throw new DomainRuleViolation("A category needs a key, e.g. REGION_WIDE.");
        }
        key = key.strip();
        if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            throw new DomainRuleViolation("A category key is upper case letters, digits and underscores, starting with "
                    + "a letter and at most " + MAX_KEY_LENGTH + " long (e.g. REGION_WIDE), not '" + key + "'.");
        }
        if (label == null) {
            throw new DomainRuleViolation("Category " + key + " needs a label that says what it means.");
        }
        if (count < 0) {
            throw new DomainRuleViolation("Category " + key + " counts " + count + " units; a count is zero or more.");
        }
    }
}
