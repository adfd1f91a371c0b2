package fi.tiekartta.regional.reports.web;

import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.reports.ReportContent;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A report's narrative: longer than a title, written in Finnish and/or Swedish ({@code original} says which first). */
record NarrativeRequest(@Size(max = ReportContent.MAX_NARRATIVE_LENGTH) String fi,
        @Size(max = ReportContent.MAX_NARRATIVE_LENGTH) String sv,
        @Size(max = ReportContent.MAX_NARRATIVE_LENGTH) String en,
        @Pattern(regexp = "fi|sv", message = "must be fi or sv: regions write in Finnish or Swedish") String original) {

    @AssertTrue(message = "must have the text in its original language (fi unless original says sv)")
    boolean isWrittenInOriginal() {
        String text = "sv".equals(original) ? sv : fi;
        return text != null && !text.isBlank();
    }

    Text toText() {
        return new Text(fi, sv, en, original);
    }
}
