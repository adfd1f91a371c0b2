package fi.tiekartta.integration.webhooks.subscriptions.persistence;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!".getBytes());
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void a_secret_is_stored_encrypted_and_read_back() {
        SecretCipher cipher = new SecretCipher(KEY);

        String stored = cipher.encrypt(SECRET);

        assertThat(stored).startsWith("v1:").doesNotContain(SECRET.substring(6));
        assertThat(cipher.encrypt(SECRET)).isNotEqualTo(stored); // a random IV each time
        assertThat(cipher.decrypt(stored)).isEqualTo(SECRET);
    }

    @Test
    void another_key_or_a_changed_ciphertext_does_not_decrypt() {
        String stored = new SecretCipher(KEY).encrypt(SECRET);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY).decrypt(stored)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new SecretCipher(KEY).decrypt("v1:" + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_key_must_be_32_bytes_of_base64() {
        assertThatThrownBy(() -> new SecretCipher("not base64!")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
