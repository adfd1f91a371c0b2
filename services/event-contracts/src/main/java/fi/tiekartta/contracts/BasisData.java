package fi.tiekartta.contracts;

/**
 * What a fact rests on, as events and the APIs carry it: {@code kind} is {@code SOURCE} (stated in a source
 * document), {@code INFERENCE} (our reading of a source, which the source does not state in so many words) or
 * {@code ILLUSTRATIVE} (made-up demo content, not real data); {@code source} cites the document and place
 * (e.g. "[001] slide 'Sosiaalihuollon kehittämisohjelmatyö: tulokset ja jatkotoimenpiteet'"), {@code note}
 * says in words what was read or inferred. The domain kernel's {@code Basis} is the checked form.
 */
public record BasisData(String kind, String source, LocalizedText note) {
}
