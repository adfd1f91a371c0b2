package fi.tiekartta.integration.webhooks.subscriptions.persistence;

import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Encrypts signing secrets for storage with AES-256-GCM (Spring Security's {@link AesBytesEncryptor}: a random IV per
 * value, authenticated, so a changed ciphertext fails to decrypt instead of yielding another secret). The key is the
 * operator's {@code WEBHOOK_ENCRYPTION_KEY}, base64 of 32 bytes; a database dump alone does not give the secrets away.
 * Stored as {@code v1:<base64>}, so another key or scheme can come later beside this one.
 */
class SecretCipher {

    private static final String PREFIX = "v1:";

    private final BytesEncryptor encryptor;

    SecretCipher(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The webhook encryption key (WEBHOOK_ENCRYPTION_KEY) is not base64", notBase64);
        }
        if (key.length != 32) {
            throw new IllegalStateException("The webhook encryption key (WEBHOOK_ENCRYPTION_KEY) must be 32 bytes "
                    + "(base64 of 32 random bytes, e.g. from 'openssl rand -base64 32'), not " + key.length);
        }
        this.encryptor = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(16),
                AesBytesEncryptor.CipherAlgorithm.GCM);
    }

    String encrypt(String secret) {
        return PREFIX + Base64.getEncoder().encodeToString(encryptor.encrypt(secret.getBytes(StandardCharsets.UTF_8)));
    }

    String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("A stored webhook secret is not in a known form");
        }
        return new String(encryptor.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length()))),
                StandardCharsets.UTF_8);
    }
}
