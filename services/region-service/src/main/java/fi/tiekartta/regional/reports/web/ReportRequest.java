package fi.tiekartta.regional.reports.web;

import fi.tiekartta.platform.web.EvidenceLinkRequest;
import fi.tiekartta.regional.reports.ImplementationLevel;
import fi.tiekartta.regional.reports.ReportContent;
import fi.tiekartta.regional.reports.ShareBasis;
import fi.tiekartta.platform.web.BasisRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A report as the region writes it: the cell ({@code roundId}, {@code measureId}; required when creating,
 * optional when editing, where they must name the report's own) and what it reports. A draft may lack the
 * level and the narrative. {@code basis} is optional: a report of an illustrative round is illustrative whether
 * or not it says so (it may repeat {@code {"kind": "ILLUSTRATIVE"}}, nothing else); in an edit, leaving it out keeps
 * the report's own. Unknown fields are rejected.
 */
record ReportRequest(
        @Size(max = 100) String roundId,
        @Size(max = 100) String measureId,
        ImplementationLevel level,
        @DecimalMin("0") @DecimalMax("100") Double share,
        ShareBasis shareBasis,
        @Valid NarrativeRequest narrative,
        @Size(max = ReportContent.MAX_INDICATORS) List<ContentRequest.@NotNull @Valid IndicatorRequest> indicators,
        @Size(max = ReportContent.MAX_EVIDENCE) List<@NotNull @Valid EvidenceLinkRequest> evidence,
        @Valid BasisRequest basis) {

    ReportContent toContent() {
        return new ContentRequest(level, share, shareBasis, narrative, indicators, evidence).toContent();
    }

    fi.tiekartta.kernel.Basis toBasis() {
        return BasisRequest.toBasis(basis);
    }
}
