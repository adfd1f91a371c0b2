package fi.tiekartta.platform.web;

import fi.tiekartta.kernel.EvidenceLink;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A link to evidence as clients send it: an http(s) address and an optional title. */
public record EvidenceLinkRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        String url,
        @Size(max = 300) String title) {

    public EvidenceLink toLink() {
        return new EvidenceLink(url, title);
    }

    /** Null-safe: no links when none were sent. */
    public static List<EvidenceLink> toLinks(List<EvidenceLinkRequest> evidence) {
        return evidence == null ? List.of() : evidence.stream().map(EvidenceLinkRequest::toLink).toList();
    }
}
