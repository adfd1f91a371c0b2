package fi.tiekartta.platform.idempotency;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ids for what a request creates that are the same when the request is run again under the same
 * {@code Idempotency-Key}. The filter keeps a key's answer, but a request whose service died after its write and
 * before its answer leaves no answer: the retry runs again once the dead request's lease has ended. With an id made
 * here, that second run finds its aggregate already stored (a duplicate {@code _id}, answered 409) instead of
 * creating a second one. Without a key, or outside a request, the id is random.
 */
public final class IdempotentIds {

    static final String REQUEST_ATTRIBUTE = IdempotentIds.class.getName() + ".seed";

    /** Per request: the key's seed, and how many ids the request has asked for. */
    record Seed(String value, AtomicInteger next) {
    }

    private IdempotentIds() {
    }

    /**
     * A new id: a name-based UUID of the key's seed and this call's number within the request when the request has
     * an {@code Idempotency-Key} (so a request must ask in the same order each time), a random one otherwise.
     */
    public static String newId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object seed = attributes == null ? null : attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (seed instanceof Seed known) {
            String name = known.value() + "/" + known.next().getAndIncrement();
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }
}
