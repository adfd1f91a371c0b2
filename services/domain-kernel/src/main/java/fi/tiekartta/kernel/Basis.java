package fi.tiekartta.kernel;

import fi.tiekartta.contracts.BasisData;

import java.util.Locale;

/**
 * What a fact in the roadmap rests on, kept with the fact so that the API and the UI can show it: stated in a
 * source document, inferred by us from one, or illustrative demo content that is not real data. A fact without
 * a basis was entered by a user of the product, who is then its source (the history says who).
 *
 * @param source a citation of the document and the place in it ("[001] slide 'Sosiaalihuollon
 *               kehittämisohjelman tiekartta ja työpaketit (1-7) hallituskausille'"); required for SOURCE and
 *               INFERENCE
 * @param note   what was read or inferred, in words; required for INFERENCE and ILLUSTRATIVE
 */
public record Basis(Kind kind, String source, Text note) {

    public static final int MAX_SOURCE_LENGTH = 500;

    /** How a fact came to be in the roadmap. */
    public enum Kind {
        /** Stated in a source document. */
        SOURCE,
        /** Our reading of a source document: the source does not state it in so many words. */
        INFERENCE,
        /** Made-up demo content ("esimerkki, ei todellista tietoa"), never to be taken for real data. */
        ILLUSTRATIVE
    }

    /** The note every illustrative fact carries, in the product's three languages. */
    public static final Text ILLUSTRATIVE_NOTE = new Text("Esimerkki, ei todellista tietoa",
            "Exempel, inte verkliga uppgifter", "Example, not real data", "fi");

    public Basis {
        if (kind == null) {
            throw new DomainRuleViolation("basis", "A basis says what kind it is: SOURCE, INFERENCE or ILLUSTRATIVE.");
        }
        source = source == null || source.isBlank() ? null : source.strip();
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            throw new DomainRuleViolation("basis", "A basis cites its source in at most " + MAX_SOURCE_LENGTH + " characters.");
        }
        if (source == null && kind != Kind.ILLUSTRATIVE) {
            throw new DomainRuleViolation("basis", "A " + kind.name().toLowerCase(Locale.ROOT)
                    + " basis cites the source document it rests on.");
        }
        if (note == null && kind == Kind.INFERENCE) {
            throw new DomainRuleViolation("basis", "An inference says in a note what was inferred and why.");
        }
        if (note == null && kind == Kind.ILLUSTRATIVE) {
            note = ILLUSTRATIVE_NOTE;
        }
    }

    public static Basis source(String source) {
        return new Basis(Kind.SOURCE, source, null);
    }

    public static Basis inference(String source, Text note) {
        return new Basis(Kind.INFERENCE, source, note);
    }

    public static Basis illustrative() {
        return new Basis(Kind.ILLUSTRATIVE, null, ILLUSTRATIVE_NOTE);
    }

    public boolean isIllustrative() {
        return kind == Kind.ILLUSTRATIVE;
    }

    /** As events carry it; null stays null. */
    public static BasisData toEvent(Basis basis) {
        return basis == null ? null : new BasisData(basis.kind.name(), basis.source,
                basis.note == null ? null : basis.note.toEvent());
    }

    /** From an event or a document; null stays null, a kind it does not know is a broken rule. */
    public static Basis fromEvent(BasisData data) {
        if (data == null) {
            return null;
        }
        Kind kind;
        try {
            kind = data.kind() == null ? null : Kind.valueOf(data.kind());
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("basis", "A basis is SOURCE, INFERENCE or ILLUSTRATIVE, not " + data.kind() + ".");
        }
        return new Basis(kind, data.source(), data.note() == null ? null : Text.fromEvent(data.note()));
    }
}
