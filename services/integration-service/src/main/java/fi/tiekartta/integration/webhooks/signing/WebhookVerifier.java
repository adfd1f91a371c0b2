package fi.tiekartta.integration.webhooks.signing;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * What a receiver does with a delivery, in Java: accept it only when one of the {@code webhook-signature} entries is
 * the HMAC of this id, timestamp and body under the receiver's secret, and the timestamp is recent (a replayed old
 * request fails). The tests receive deliveries with it; docs/services/integration-service.md shows the same steps.
 */
public final class WebhookVerifier {

    private final SigningSecret secret;
    private final Duration tolerance;

    public WebhookVerifier(SigningSecret secret, Duration tolerance) {
        this.secret = secret;
        this.tolerance = tolerance;
    }

    /** Whether the delivery is signed with this verifier's secret and its timestamp is within the tolerance of {@code now}. */
    public boolean verify(String id, String timestamp, String signatureHeader, byte[] body, Instant now) {
        if (id == null || timestamp == null || signatureHeader == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException notANumber) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = WebhookSignatures.hmac(secret.key(), id, seconds, body);
        for (String entry : signatureHeader.trim().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals(WebhookSignatures.VERSION)) {
                continue; // another scheme (e.g. v1a), not ours to check
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) { // constant time: no timing oracle on the signature
                return true;
            }
        }
        return false;
    }
}
