package fi.tiekartta.integration.webhooks.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs a delivery the Standard Webhooks way (https://www.standardwebhooks.com): the signed content is
 * {@code webhook-id + "." + webhook-timestamp + "." + body}, the signature is {@code v1,} and the base64 of its
 * HMAC-SHA256 under the secret's key, and {@code webhook-signature} lists one signature per secret, separated by
 * spaces. Two secrets sign while a rotation overlaps, so a receiver still holding the old one keeps verifying.
 */
public final class WebhookSignatures {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    static final String VERSION = "v1";

    private WebhookSignatures() {
    }

    /** The value of {@code webhook-signature}: one {@code v1,<base64>} per secret, newest first. */
    public static String header(List<SigningSecret> secrets, String id, long timestamp, byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A delivery is signed with at least one secret");
        }
        return secrets.stream().map(secret -> sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    /** One signature, {@code v1,<base64 HMAC-SHA256>}. */
    public static String sign(SigningSecret secret, String id, long timestamp, byte[] body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(hmac(secret.key(), id, timestamp, body));
    }

    static byte[] hmac(byte[] key, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", unavailable);
        }
    }
}
