package fi.tiekartta.notification.users;

import fi.tiekartta.kernel.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferencesTest {

    @Test
    void the_token_decides_until_the_user_chooses() {
        assertThat(new TokenProfile("a", "a@x.fi", "sv_FI", Set.of(), null).defaults())
                .isEqualTo(new Preferences("a@x.fi", "sv", Digest.IMMEDIATE));
        assertThat(new TokenProfile("a", "a@x.fi", "EN-gb", Set.of(), null).defaults().language()).isEqualTo("en");
        assertThat(new TokenProfile("a", "a@x.fi", "de", Set.of(), null).defaults().language()).isEqualTo("fi");
        assertThat(new TokenProfile("a", " ", null, Set.of(), null).defaults())
                .isEqualTo(new Preferences(null, "fi", Digest.OFF));
    }

    @Test
    void a_choice_names_a_language_of_the_product_and_a_real_address_when_it_wants_mail() {
        assertThat(Preferences.chosen(" b@y.fi ", "en", Digest.DAILY)).isEqualTo(new Preferences("b@y.fi", "en", Digest.DAILY));
        assertThat(Preferences.chosen("", "fi", Digest.OFF)).isEqualTo(new Preferences(null, "fi", Digest.OFF));
        assertThatThrownBy(() -> Preferences.chosen("b@y.fi", "de", Digest.DAILY)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Preferences.chosen("b@y.fi", "fi", null)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Preferences.chosen(null, "fi", Digest.IMMEDIATE)).isInstanceOf(DomainRuleViolation.class);
        for (String broken : new String[]{"b", "b@y", "b@@y.fi", "b y@x.fi", "b@x.fi\r\nBcc: c@z.fi", "<b@y.fi>", "a,b@y.fi"}) {
            assertThatThrownBy(() -> Preferences.chosen(broken, "fi", Digest.DAILY)).as(broken).isInstanceOf(DomainRuleViolation.class);
        }
    }

    @Test
    void roles_and_region_make_the_audiences() {
        assertThat(new TokenProfile("r", null, null, Set.of("region-reporter", "programme-viewer"), "09").audiences())
                .extracting(a -> a.key()).containsExactly("user:r", "reporters:09");
        assertThat(new TokenProfile("r", null, null, Set.of("region-reporter"), null).audiences())
                .extracting(a -> a.key()).containsExactly("user:r");
        assertThat(new TokenProfile("v", null, null, Set.of("verifier", "programme-admin"), "09").audiences())
                .extracting(a -> a.key()).containsExactly("user:v", "verifiers", "admins");
    }
}
