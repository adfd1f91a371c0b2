package fi.tiekartta.integration.webhooks.subscriptions.application;

import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.integration.webhooks.application.WebhookProperties;
import fi.tiekartta.integration.webhooks.signing.SigningSecret;
import fi.tiekartta.integration.webhooks.subscriptions.Subscription;
import fi.tiekartta.integration.webhooks.subscriptions.SubscriptionStatus;
import fi.tiekartta.integration.webhooks.subscriptions.Subscriptions;
import fi.tiekartta.integration.webhooks.subscriptions.WebhookCaller;
import fi.tiekartta.integration.webhooks.targets.TargetCheck;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.platform.idempotency.IdempotentIds;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Registers and manages webhook subscriptions. A caller sees and changes only what {@link WebhookCaller#mayManage}
 * lets it: another owner's subscription is answered as not found.
 */
@Service
public class SubscriptionService {

    private final Subscriptions subscriptions;
    private final TargetCheck targets;
    private final WebhookProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubscriptionService(Subscriptions subscriptions, TargetCheck targets, WebhookProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedSecret register(WebhookCaller caller, NewSubscription request) {
        URI url = targets.check(request.url());
        Set<String> types = publicTypes(request.eventTypes());
        SigningSecret secret = SigningSecret.generate(random);
        Instant now = clock.instant();
        Subscription subscription = new Subscription(IdempotentIds.newId(), caller.id(), url, types,
                request.programmeCode(), request.regionCode(), request.description(), SubscriptionStatus.ACTIVE, secret,
                null, null, now, now);
        subscriptions.insert(subscription);
        return new IssuedSecret(subscription, secret.value());
    }

    public List<Subscription> list(WebhookCaller caller) {
        return subscriptions.list(caller.ownerFilter());
    }

    public Subscription get(WebhookCaller caller, String id) {
        return subscriptions.find(id).filter(subscription -> caller.mayManage(subscription.owner()))
                .orElseThrow(() -> new ResourceNotFoundException("Webhook subscription", id));
    }

    public void delete(WebhookCaller caller, String id) {
        get(caller, id);
        subscriptions.delete(id);
    }

    public Subscription pause(WebhookCaller caller, String id) {
        return changeStatus(caller, id, SubscriptionStatus.PAUSED);
    }

    public Subscription resume(WebhookCaller caller, String id) {
        return changeStatus(caller, id, SubscriptionStatus.ACTIVE);
    }

    /** A new secret, answered once; the previous one keeps signing for the configured overlap. */
    public IssuedSecret rotateSecret(WebhookCaller caller, String id) {
        SigningSecret secret = SigningSecret.generate(random);
        Subscription rotated = get(caller, id).rotated(secret, clock.instant(), properties.secretOverlap());
        subscriptions.replace(rotated);
        return new IssuedSecret(rotated, secret.value());
    }

    private Subscription changeStatus(WebhookCaller caller, String id, SubscriptionStatus status) {
        Subscription changed = get(caller, id).withStatus(status, clock.instant());
        subscriptions.replace(changed);
        return changed;
    }

    private static Set<String> publicTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new DomainRuleViolation("eventTypes", "Name at least one event type to subscribe to.");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : requested) {
            if (type == null || !EventCatalog.isPublic(type)) {
                throw new DomainRuleViolation("eventTypes", "'" + type + "' is not a public event type: see "
                        + "/events/asyncapi.json for the types integrations may subscribe to.");
            }
            types.add(type);
        }
        return types;
    }
}
