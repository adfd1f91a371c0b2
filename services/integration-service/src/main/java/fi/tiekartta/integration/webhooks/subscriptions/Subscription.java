package fi.tiekartta.integration.webhooks.subscriptions;

import fi.tiekartta.integration.webhooks.signing.SigningSecret;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One webhook subscription: where to send which public events, filtered by programme and region, signed with its
 * secret. After a rotation the previous secret signs too until {@code previousSecretUntil}, so a receiver can switch
 * secrets without losing a delivery.
 *
 * @param owner            who registered it: an integration client's id (it sees only its own) or an admin's username
 * @param programmeCode    only events of this programme (its code, e.g. THL-RSO), or null for every programme
 * @param regionCode       only events of this region (Statistics Finland code, e.g. 09), or null for every region
 */
public record Subscription(String id, String owner, URI url, Set<String> eventTypes, String programmeCode,
        String regionCode, String description, SubscriptionStatus status, SigningSecret secret,
        SigningSecret previousSecret, Instant previousSecretUntil, Instant createdAt, Instant updatedAt) {

    public Subscription {
        eventTypes = Set.copyOf(eventTypes);
    }

    /**
     * Whether an event of this type, programme and regions is for this subscription (paused or not). Filters as the
     * stream does: an event of no programme (no region) passes no filter on programme (region).
     */
    public boolean wants(String type, String eventProgrammeCode, List<String> eventRegionCodes) {
        return eventTypes.contains(type)
                && (programmeCode == null || programmeCode.equals(eventProgrammeCode))
                && (regionCode == null || eventRegionCodes.contains(regionCode));
    }

    /** The secrets that sign a delivery made at {@code now}: the current one, and the previous one during the overlap. */
    public List<SigningSecret> signingSecrets(Instant now) {
        List<SigningSecret> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public boolean overlapping(Instant now) {
        return signingSecrets(now).size() > 1;
    }

    public Subscription rotated(SigningSecret newSecret, Instant now, Duration overlap) {
        return new Subscription(id, owner, url, eventTypes, programmeCode, regionCode, description, status, newSecret,
                secret, now.plus(overlap), createdAt, now);
    }

    public Subscription withStatus(SubscriptionStatus newStatus, Instant now) {
        return new Subscription(id, owner, url, eventTypes, programmeCode, regionCode, description, newStatus, secret,
                previousSecret, previousSecretUntil, createdAt, now);
    }
}
