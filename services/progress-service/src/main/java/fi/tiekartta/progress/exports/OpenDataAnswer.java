package fi.tiekartta.progress.exports;

import fi.tiekartta.progress.regional.RoundKey;

/** What asking for a round's open data gives: the data of a closed round, or the round that is not closed yet. */
public sealed interface OpenDataAnswer {

    record Published(RoundOpenData data, String fileName) implements OpenDataAnswer {
    }

    record NotClosed(RoundKey round) implements OpenDataAnswer {
    }
}
