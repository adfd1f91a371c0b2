package fi.tiekartta.contracts;

import fi.tiekartta.contracts.programme.ProgrammeEvents;

import java.util.List;
import java.util.Optional;

/** Every event type Tiekartta publishes. A new type is added here, with its schema, or it is not published. */
public final class EventCatalog {

    public static final List<EventContract<?>> ALL = List.of(
            ProgrammeEvents.CREATED);

    private EventCatalog() {
    }

    public static Optional<EventContract<?>> byType(String type) {
        return ALL.stream().filter(contract -> contract.type().equals(type)).findFirst();
    }
}
