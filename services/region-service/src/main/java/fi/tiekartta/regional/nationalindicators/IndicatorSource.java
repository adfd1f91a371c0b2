package fi.tiekartta.regional.nationalindicators;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;

/**
 * Where the figures of a {@link NationalIndicator} come from.
 *
 * @param citation the source as people cite it: publisher, title, date (required)
 * @param url      an http or https address of the source, or null where it has none (a slide set handed out
 *                 at a seminar)
 */
public record IndicatorSource(Text citation, String url) {

    public IndicatorSource {
        if (citation == null) {
            throw new DomainRuleViolation("A national indicator cites its source (source.citation): who published "
                    + "the figures, where and when.");
        }
        url = url == null || url.isBlank() ? null : url.strip();
        if (url != null && !EvidenceLink.isWebAddress(url)) {
            throw new DomainRuleViolation("A source is linked by an http or https address, not " + url + ".");
        }
    }
}
