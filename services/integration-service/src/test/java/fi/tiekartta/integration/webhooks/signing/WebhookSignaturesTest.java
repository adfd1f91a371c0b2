package fi.tiekartta.integration.webhooks.signing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignaturesTest {

    // The test vector the Standard Webhooks reference libraries publish: a receiver's library verifies what we sign.
    private static final SigningSecret VECTOR_SECRET = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330L;
    private static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signs_the_published_standard_webhooks_test_vector() {
        assertThat(WebhookSignatures.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)).isEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void the_verifier_accepts_the_vector_and_refuses_any_change() {
        WebhookVerifier verifier = new WebhookVerifier(VECTOR_SECRET, Duration.ofMinutes(5));
        Instant then = Instant.ofEpochSecond(VECTOR_TIMESTAMP);

        assertThat(verifier.verify(VECTOR_ID, "1614265330", VECTOR_SIGNATURE, VECTOR_BODY, then)).isTrue();
        assertThat(verifier.verify("msg_other", "1614265330", VECTOR_SIGNATURE, VECTOR_BODY, then)).isFalse();
        assertThat(verifier.verify(VECTOR_ID, "1614265331", VECTOR_SIGNATURE, VECTOR_BODY, then)).isFalse();
        assertThat(verifier.verify(VECTOR_ID, "1614265330", VECTOR_SIGNATURE,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), then)).isFalse();
        assertThat(verifier.verify(VECTOR_ID, "1614265330", "v1,bm9wZQ==", VECTOR_BODY, then)).isFalse();
        assertThat(verifier.verify(VECTOR_ID, "1614265330", null, VECTOR_BODY, then)).isFalse();
    }

    @Test
    void the_verifier_refuses_a_timestamp_outside_its_tolerance() {
        WebhookVerifier verifier = new WebhookVerifier(VECTOR_SECRET, Duration.ofMinutes(5));

        assertThat(verifier.verify(VECTOR_ID, "1614265330", VECTOR_SIGNATURE, VECTOR_BODY,
                Instant.ofEpochSecond(VECTOR_TIMESTAMP).plus(Duration.ofMinutes(6)))).isFalse();
    }

    @Test
    void during_a_rotation_both_secrets_sign_and_a_receiver_with_either_verifies() {
        SecureRandom random = new SecureRandom();
        SigningSecret newer = SigningSecret.generate(random);
        SigningSecret older = SigningSecret.generate(random);
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        String header = WebhookSignatures.header(List.of(newer, older), "d-1", 1_700_000_000L, body);

        assertThat(header.split(" ")).hasSize(2).allMatch(signature -> signature.startsWith("v1,"));
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(new WebhookVerifier(newer, Duration.ofMinutes(5)).verify("d-1", "1700000000", header, body, now)).isTrue();
        assertThat(new WebhookVerifier(older, Duration.ofMinutes(5)).verify("d-1", "1700000000", header, body, now)).isTrue();
        assertThat(new WebhookVerifier(SigningSecret.generate(random), Duration.ofMinutes(5))
                .verify("d-1", "1700000000", header, body, now)).isFalse();
    }

    @Test
    void a_generated_secret_has_the_standard_form_and_never_prints() {
        SigningSecret secret = SigningSecret.generate(new SecureRandom());

        assertThat(secret.value()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
        assertThatThrownBy(() -> new SigningSecret("whsec_c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigningSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isInstanceOf(IllegalArgumentException.class);
    }
}
