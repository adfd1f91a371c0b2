package fi.tiekartta.contracts.term;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;

/** Government terms are reference data of the programme context, published on {@link Topics#PROGRAMMES}. */
public final class GovernmentTermEvents {

    public static final EventContract<GovernmentTermRecorded> ADDED =
            new EventContract<>("fi.tiekartta.government-term.added.v1", Topics.PROGRAMMES, GovernmentTermRecorded.class);
    public static final EventContract<GovernmentTermRecorded> CHANGED =
            new EventContract<>("fi.tiekartta.government-term.changed.v1", Topics.PROGRAMMES, GovernmentTermRecorded.class);

    private GovernmentTermEvents() {
    }
}
