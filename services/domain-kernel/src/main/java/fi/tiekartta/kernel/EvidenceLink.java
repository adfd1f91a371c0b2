package fi.tiekartta.kernel;

import java.net.URI;
import java.net.URISyntaxException;

/** A link to evidence: of a milestone reached, of a measure implemented in a region: a decision, a report, a publication. */
public record EvidenceLink(String url, String title) {

    public EvidenceLink {
        url = url == null ? null : url.strip();
        if (!isWebAddress(url)) {
            throw new DomainRuleViolation("Evidence is linked by an http or https address, not " + url + ".");
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** An absolute http or https address with a host: what evidence and sources are linked by. */
    public static boolean isWebAddress(String url) {
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
