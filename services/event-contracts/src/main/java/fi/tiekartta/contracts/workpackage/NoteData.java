package fi.tiekartta.contracts.workpackage;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

/** A note on a work package, e.g. TP2's "TP2 sisältää 2022 alkavaa toimintaa", with what it rests on. */
public record NoteData(LocalizedText text, BasisData basis) {
}
