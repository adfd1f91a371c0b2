package fi.tiekartta.platform.web;

import fi.tiekartta.kernel.Text;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A text in fi/sv/en as clients send it; {@code original} is the language it was written in (default
 * fi), the others are translations. Missing the original is named in the problem as
 * {@code <field>.writtenInOriginal}.
 */
public record TextRequest(@Size(max = 2000) String fi, @Size(max = 2000) String sv, @Size(max = 2000) String en,
        @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String original) {

    @AssertTrue(message = "must have the text in its original language (fi unless original says otherwise)")
    boolean isWrittenInOriginal() {
        String text = switch (original == null ? "fi" : original) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return text != null && !text.isBlank();
    }

    public Text toText() {
        return new Text(fi, sv, en, original);
    }

    /** Null-safe: an optional text that was not sent. */
    public static Text toText(TextRequest request) {
        return request == null ? null : request.toText();
    }
}
