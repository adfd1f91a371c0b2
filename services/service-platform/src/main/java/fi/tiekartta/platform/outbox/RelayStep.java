package fi.tiekartta.platform.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

/**
 * Work on aggregate documents that rides on the relay's pass: the relay fetches a batch of documents anyway to
 * publish their events, and removes what it published with one write per batch; a step adds its own removals to
 * that write. {@code AggregateStore} uses it to move revisions to the history collection.
 * <p>
 * A step must be idempotent: a pass may be repeated (a crash, another replica) on documents it already handled.
 */
public interface RelayStep {

    /** The fields of an aggregate document the step reads; the relay fetches them with the pending events. */
    List<String> fields();

    /** Matches documents the step still has work on: the relay's safety-net scan looks for them too. */
    Criteria workLeft();

    /**
     * Does the step's work on {@code documents} of {@code collection} (each fetched with {@link #fields()}) and adds
     * to {@code removal} what the relay's one write, on all of them by {@code _id}, should remove. Called after the
     * batch's events were published. Nothing must be added to {@code removal} that is not safely kept elsewhere.
     */
    void beforeRemoval(String collection, List<Document> documents, Update removal);
}
