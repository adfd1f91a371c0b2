package fi.tiekartta.workpackage;

import fi.tiekartta.contracts.workpackage.NoteData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

/** A note on a work package, e.g. TP2's "TP2 sisältää 2022 alkavaa toimintaa", with what it rests on (or null). */
public record Note(Text text, Basis basis) {

    public Note {
        if (text == null) {
            throw new DomainRuleViolation("notes", "A note has its text.");
        }
    }

    public NoteData toEvent() {
        return new NoteData(text.toEvent(), Basis.toEvent(basis));
    }

    /** From an event or a document. */
    public static Note fromEvent(NoteData data) {
        return new Note(data.text() == null ? null : Text.fromEvent(data.text()), Basis.fromEvent(data.basis()));
    }
}
