package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;

/** Events of the programme context, published on {@link Topics#PROGRAMMES} keyed by programme id. */
public final class ProgrammeEvents {

    public static final EventContract<ProgrammeCreated> CREATED =
            new EventContract<>("fi.tiekartta.programme.created.v1", Topics.PROGRAMMES, ProgrammeCreated.class);
    public static final EventContract<ProgrammeRevised> REVISED =
            new EventContract<>("fi.tiekartta.programme.revised.v1", Topics.PROGRAMMES, ProgrammeRevised.class);

    private ProgrammeEvents() {
    }
}
