package fi.tiekartta.regional.reports;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;

import java.util.HashSet;
import java.util.List;

/**
 * What a region reports of one measure: the implementation level (with the share covered when in use in part
 * of the region), a narrative in Finnish and/or Swedish, indicators and evidence. A draft may lack the level
 * and the narrative; a submitted report has both ({@link #checkComplete()}).
 */
public record ReportContent(ImplementationLevel level, Double share, ShareBasis shareBasis, Text narrative,
        List<Indicator> indicators, List<EvidenceLink> evidence) {

    public static final int MAX_INDICATORS = 20;
    public static final int MAX_EVIDENCE = 20;
    public static final int MAX_NARRATIVE_LENGTH = 10_000;

    public ReportContent {
        Implementation.check(level, share, shareBasis);
        if (narrative != null && narrative.fi() == null && narrative.sv() == null) {
            throw new DomainRuleViolation("A region writes its narrative in Finnish and/or Swedish.");
        }
        if (narrative != null && (length(narrative.fi()) > MAX_NARRATIVE_LENGTH || length(narrative.sv()) > MAX_NARRATIVE_LENGTH
                || length(narrative.en()) > MAX_NARRATIVE_LENGTH)) {
            throw new DomainRuleViolation("A narrative is at most " + MAX_NARRATIVE_LENGTH + " characters in each language.");
        }
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (indicators.size() > MAX_INDICATORS) {
            throw new DomainRuleViolation("A report has at most " + MAX_INDICATORS + " indicators.");
        }
        if (evidence.size() > MAX_EVIDENCE) {
            throw new DomainRuleViolation("A report links at most " + MAX_EVIDENCE + " pieces of evidence.");
        }
        if (new HashSet<>(evidence.stream().map(EvidenceLink::url).toList()).size() != evidence.size()) {
            throw new DomainRuleViolation("Each evidence link is given once.");
        }
    }

    /** A report is submitted with its level and its narrative. */
    void checkComplete() {
        if (level == null) {
            throw new DomainRuleViolation("Give the implementation level before submitting.");
        }
        if (narrative == null) {
            throw new DomainRuleViolation("Write the narrative (in Finnish and/or Swedish) before submitting.");
        }
    }

    Implementation implementation() {
        return new Implementation(level, share, shareBasis);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
