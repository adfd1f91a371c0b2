package fi.tiekartta.integration.webhooks.signing;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A subscription's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of the key bytes
 * (24 to 64 of them). Receivers' Standard Webhooks libraries take this text as it is, which is why it is kept in
 * this form and not as raw bytes. {@link #toString()} never shows it, so a secret cannot leak into a log line.
 */
public record SigningSecret(String value) {

    public static final String PREFIX = "whsec_";
    static final int GENERATED_BYTES = 32;
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;

    public SigningSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A signing secret starts with " + PREFIX);
        }
        int length = decode(value).length;
        if (length < MIN_BYTES || length > MAX_BYTES) {
            throw new IllegalArgumentException("A signing secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + length);
        }
    }

    /** A new secret of 32 random bytes. */
    public static SigningSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the bytes the base64 part stands for. */
    public byte[] key() {
        return decode(value);
    }

    private static byte[] decode(String value) {
        try {
            return Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("A signing secret is " + PREFIX + " and base64", notBase64);
        }
    }

    @Override
    public String toString() {
        return "SigningSecret[****]";
    }
}
