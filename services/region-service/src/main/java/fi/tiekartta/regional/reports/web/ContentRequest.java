package fi.tiekartta.regional.reports.web;

import fi.tiekartta.platform.web.EvidenceLinkRequest;
import fi.tiekartta.platform.web.TextRequest;
import fi.tiekartta.regional.reports.ImplementationLevel;
import fi.tiekartta.regional.reports.Indicator;
import fi.tiekartta.regional.reports.ReportContent;
import fi.tiekartta.regional.reports.ShareBasis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a region reports of a measure, as sent in a correction ({@code selfReport}). */
record ContentRequest(
        ImplementationLevel level,
        @DecimalMin("0") @DecimalMax("100") Double share,
        ShareBasis shareBasis,
        @Valid NarrativeRequest narrative,
        @Size(max = ReportContent.MAX_INDICATORS) List<@NotNull @Valid IndicatorRequest> indicators,
        @Size(max = ReportContent.MAX_EVIDENCE) List<@NotNull @Valid EvidenceLinkRequest> evidence) {

    /** An indicator: name (fi/sv/en), unit, and baseline, target and actual values, each optional. */
    record IndicatorRequest(@NotNull @Valid TextRequest name, @NotBlank @Size(max = Indicator.MAX_UNIT_LENGTH) String unit,
            Double baseline, Double target, Double actual) {

        Indicator toIndicator() {
            return new Indicator(name.toText(), unit, baseline, target, actual);
        }
    }

    ReportContent toContent() {
        return new ReportContent(level, share, shareBasis, narrative == null ? null : narrative.toText(),
                indicators == null ? List.of() : indicators.stream().map(IndicatorRequest::toIndicator).toList(),
                EvidenceLinkRequest.toLinks(evidence));
    }
}
