package fi.tiekartta.integration.webhooks.targets;

import fi.tiekartta.kernel.DomainRuleViolation;

/**
 * A webhook target that may not be called: not https where https is required, or a host that resolves to an address
 * inside the platform's own network (loopback, private, link-local...). Answered 422 at registration, naming the
 * reason; at delivery, the attempt is recorded as refused and nothing is sent.
 */
public class RefusedTarget extends DomainRuleViolation {

    public RefusedTarget(String reason) {
        super("url", reason);
    }
}
