package fi.tiekartta.milestone.milestone;

import fi.tiekartta.platform.domain.DomainRuleViolation;

import java.net.URI;
import java.net.URISyntaxException;

/** A link to evidence that a milestone was reached or how it progresses: a decision, a report, a publication. */
public record EvidenceLink(String url, String title) {

    public EvidenceLink {
        url = url == null ? null : url.strip();
        if (!isWebAddress(url)) {
            throw new DomainRuleViolation("Evidence is linked by an http or https address, not " + url + ".");
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }

    private static boolean isWebAddress(String url) {
        if (url == null || url.isEmpty()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
