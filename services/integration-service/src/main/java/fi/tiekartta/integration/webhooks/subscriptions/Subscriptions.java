package fi.tiekartta.integration.webhooks.subscriptions;

import java.util.List;
import java.util.Optional;

/** Where subscriptions are kept (their secrets encrypted: only this port's implementation sees the stored form). */
public interface Subscriptions {

    void insert(Subscription subscription);

    void replace(Subscription subscription);

    Optional<Subscription> find(String id);

    /** Every subscription, or only {@code owner}'s when it is given; newest first. */
    List<Subscription> list(String owner);

    /** Every subscription that wants events of this type, active or paused. */
    List<Subscription> wanting(String type);

    boolean delete(String id);
}
