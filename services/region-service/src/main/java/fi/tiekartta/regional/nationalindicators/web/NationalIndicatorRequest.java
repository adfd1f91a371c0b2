package fi.tiekartta.regional.nationalindicators.web;

import fi.tiekartta.platform.web.CanonicalPeriod;
import fi.tiekartta.platform.web.TextRequest;
import fi.tiekartta.regional.nationalindicators.IndicatorCategory;
import fi.tiekartta.regional.nationalindicators.IndicatorSource;
import fi.tiekartta.regional.nationalindicators.NationalIndicator;
import fi.tiekartta.platform.web.BasisRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A national indicator as an admin records (POST) or corrects (PUT) it. Each field is checked on its own here
 * (400, naming the fields); how the fields fit together — at least one category, keys given once, counts
 * adding up to the total — is the domain's rule (422). {@code basis} (optional) says what the figures rest on:
 * a SOURCE basis citing the source document. Unknown fields are rejected.
 */
record NationalIndicatorRequest(
        @NotBlank @Size(max = 100) String programmeId,
        @Size(max = 100) String measureId,
        @NotNull @Valid TextRequest title,
        @NotBlank @CanonicalPeriod String observedPeriod,
        @NotNull @Valid TextRequest unitOfObservation,
        @NotNull @Min(1) Integer total,
        @NotNull @Size(max = NationalIndicator.MAX_CATEGORIES) List<@NotNull @Valid CategoryRequest> categories,
        @NotNull @Valid SourceRequest source,
        @Valid TextRequest note,
        @Valid BasisRequest basis) {

    /** One category: its key, what it means, how many units fell into it, and an optional note. */
    record CategoryRequest(
            @NotBlank @Size(max = IndicatorCategory.MAX_KEY_LENGTH)
            @Pattern(regexp = IndicatorCategory.KEY_PATTERN,
                    message = "must be upper case letters, digits and underscores, starting with a letter, e.g. REGION_WIDE")
            String key,
            @NotNull @Valid TextRequest label,
            @NotNull @PositiveOrZero Integer count,
            @Valid TextRequest note,
        @Valid BasisRequest basis) {

        IndicatorCategory toCategory() {
            return new IndicatorCategory(key, label.toText(), count, TextRequest.toText(note));
        }
    }

    /** Where the figures come from: a citation and, where there is one, an http(s) address. */
    record SourceRequest(
            @NotNull @Valid TextRequest citation,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String url) {

        IndicatorSource toSource() {
            return new IndicatorSource(citation.toText(), url);
        }
    }

    NationalIndicator toIndicator() {
        return new NationalIndicator(programmeId, measureId, title.toText(), NationalIndicator.observedPeriodOf(observedPeriod),
                unitOfObservation.toText(), total, categories.stream().map(CategoryRequest::toCategory).toList(),
                source.toSource(), TextRequest.toText(note), BasisRequest.toBasis(basis));
    }
}
