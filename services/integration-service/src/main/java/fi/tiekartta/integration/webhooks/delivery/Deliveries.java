package fi.tiekartta.integration.webhooks.delivery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery log: every delivery with its attempts, kept after it is settled. */
public interface Deliveries {

    /** Stores a new delivery; false when one with its id exists (the event was read before). */
    boolean insertIfAbsent(Delivery delivery);

    void replace(Delivery delivery);

    Optional<Delivery> find(String id);

    /** Newest first. */
    Page<Delivery> list(DeliveryFilter filter, Pageable pageable);

    /** The subscription's deliveries of events whose time is in {@code [from, to)}. */
    List<Delivery> ofEventsBetween(String subscriptionId, Instant from, Instant to);
}
