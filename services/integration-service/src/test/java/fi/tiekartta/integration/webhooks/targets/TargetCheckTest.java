package fi.tiekartta.integration.webhooks.targets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetCheckTest {

    /** Names resolve from this table; literals as themselves. */
    private static final HostResolver TABLE = host -> {
        Map<String, List<String>> names = Map.of(
                "hooks.example.org", List.of("93.184.215.14"),
                "sneaky.example.org", List.of("93.184.215.14", "10.1.2.3"),
                "metadata.example.org", List.of("169.254.169.254"),
                "localhost", List.of("127.0.0.1", "::1"));
        if (host.equals("nowhere.example.org")) {
            throw new UnknownHostException(host);
        }
        List<String> literal = names.getOrDefault(host, List.of(host));
        return literal.stream().map(TargetCheckTest::address).toList();
    };

    private final TargetCheck production = new TargetCheck(new TargetRules(true, Set.of()), TABLE);

    @Test
    void a_public_https_target_passes() {
        assertThat(production.check("https://hooks.example.org/tiekartta?x=1")).hasHost("hooks.example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.0.0.1/hook", "https://172.16.5.4/", "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://0.0.0.0/", "https://[::1]/",
            "https://[::]/", "https://[fd00::1]/", "https://[fe80::1]/", "https://[::ffff:10.0.0.1]/",
            "https://[::ffff:127.0.0.1]/", "https://[64:ff9b::a00:1]/", "https://[2002:a00:1::]/", "https://224.0.0.1/",
            "https://255.255.255.255/", "https://localhost/", "https://metadata.example.org/", "https://sneaky.example.org/"})
    void an_internal_address_is_refused_naming_the_reason(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(RefusedTarget.class)
                .hasMessageContaining("resolves to")
                .hasMessageContaining("webhooks are only sent to public addresses");
    }

    @Test
    void the_reason_names_the_kind_of_address() {
        assertThatThrownBy(() -> production.check("https://127.0.0.1/")).hasMessageContaining("a loopback address");
        assertThatThrownBy(() -> production.check("https://10.0.0.1/")).hasMessageContaining("a private address");
        assertThatThrownBy(() -> production.check("https://[::ffff:10.0.0.1]/")).hasMessageContaining("a private address");
        assertThatThrownBy(() -> production.check("https://100.64.0.1/")).hasMessageContaining("carrier-grade NAT");
    }

    @Test
    void plain_http_is_refused_where_https_is_required_and_allowed_otherwise() {
        assertThatThrownBy(() -> production.check("http://hooks.example.org/")).isInstanceOf(RefusedTarget.class)
                .hasMessage("The target URL must use https.");
        TargetCheck local = new TargetCheck(new TargetRules(false, Set.of()), TABLE);
        assertThat(local.check("http://hooks.example.org/")).hasScheme("http");
    }

    @Test
    void an_allowed_target_may_be_internal_but_only_on_the_allowed_port() {
        TargetCheck local = new TargetCheck(new TargetRules(false, Set.of("localhost:18999", " receiver ")), TABLE);

        assertThat(local.check("http://localhost:18999/hook")).hasPort(18999);
        assertThat(local.check("http://LOCALHOST:18999/hook")).hasPort(18999);
        assertThat(local.check("http://receiver:1234/hook")).hasPort(1234);
        assertThatThrownBy(() -> local.check("http://localhost:8087/actuator")).isInstanceOf(RefusedTarget.class);
        assertThatThrownBy(() -> local.check("http://127.0.0.1:18999/hook")).isInstanceOf(RefusedTarget.class);
        assertThatThrownBy(() -> local.check("http://10.0.0.1/")).isInstanceOf(RefusedTarget.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hooks.example.org/x", "ftp://hooks.example.org/", "https://user:pw@hooks.example.org/",
            "https://hooks.example.org/#x", "https:///nohost", "https://nowhere.example.org/", "https://exa mple.org/"})
    void a_malformed_or_unresolvable_url_is_refused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(RefusedTarget.class);
    }

    @Test
    void a_refusal_names_the_url_field() {
        assertThatThrownBy(() -> production.check("https://10.0.0.1/"))
                .isInstanceOfSatisfying(RefusedTarget.class, refused -> assertThat(refused.field()).isEqualTo("url"));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
