package fi.tiekartta.platform.web;

import fi.tiekartta.kernel.Basis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a fact rests on, as clients send it ({@link Basis}): {@code kind} SOURCE (cite the source), INFERENCE
 * (cite the source and say in a note what was inferred) or ILLUSTRATIVE (made-up demo content; the note defaults
 * to "Esimerkki, ei todellista tietoa" / "Exempel, inte verkliga uppgifter" / "Example, not real data").
 * Each field is checked here (400); a SOURCE or INFERENCE basis without its source is the kernel's rule (422).
 */
public record BasisRequest(
        @NotNull @Pattern(regexp = "SOURCE|INFERENCE|ILLUSTRATIVE", message = "must be SOURCE, INFERENCE or ILLUSTRATIVE") String kind,
        @Size(max = Basis.MAX_SOURCE_LENGTH) String source,
        @Valid TextRequest note) {

    public Basis toBasis() {
        return new Basis(Basis.Kind.valueOf(kind), source, TextRequest.toText(note));
    }

    /** Null-safe: an optional basis that was not sent. */
    public static Basis toBasis(BasisRequest request) {
        return request == null ? null : request.toBasis();
    }
}
