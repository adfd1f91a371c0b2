package fi.tiekartta.regional.reports.web;

import fi.tiekartta.regional.reports.Correction;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may write a region's reports, on tokens shaped like the tiekartta realm's. */
class ReportingPolicyTest {

    final ReportingPolicy policy = new ReportingPolicy();

    static Authentication token(String regionClaim, String... roles) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "none").subject("someone")
                .issuedAt(Instant.parse("2026-11-22T08:00:00Z")).claim("roles", Arrays.asList(roles));
        if (regionClaim != null) {
            jwt.claim("region", regionClaim);
        }
        return new JwtAuthenticationToken(jwt.build(),
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    @Test
    void a_reporter_writes_for_their_own_region() {
        assertThat(policy.canReportFor(token("09", "region-reporter", "programme-viewer"), "09")).isTrue();
    }

    @Test
    void a_reporter_does_not_write_for_another_region() {
        assertThat(policy.canReportFor(token("17", "region-reporter"), "09")).isFalse();
    }

    @Test
    void a_reporter_without_a_region_claim_writes_for_no_region() {
        assertThat(policy.canReportFor(token(null, "region-reporter"), "09")).isFalse();
        assertThat(policy.canReportFor(token(null, "region-reporter"), null)).isFalse();
    }

    @Test
    void a_region_claim_without_the_reporter_role_writes_nothing() {
        assertThat(policy.canReportFor(token("09", "programme-viewer"), "09")).as("viewer of the region").isFalse();
        assertThat(policy.canReportFor(token("09", "verifier", "programme-viewer"), "09")).as("verifier of the region")
                .isFalse();
        assertThat(policy.canReportFor(token("09", "programme-admin"), "09")).as("admin").isFalse();
    }

    @Test
    void only_a_verifier_verifies_whatever_region_the_token_names() {
        assertThat(policy.canVerify(token(null, "verifier"))).isTrue();
        assertThat(policy.canVerify(token("09", "verifier"))).isTrue();
        assertThat(policy.canVerify(token("09", "region-reporter"))).isFalse();
        assertThat(policy.canVerify(token(null, "programme-admin", "programme-viewer"))).isFalse();
    }

    @Test
    void a_self_report_is_corrected_by_the_regions_reporter_and_a_verified_value_by_a_verifier() {
        Authentication reporter = token("09", "region-reporter");
        Authentication verifier = token(null, "verifier");
        assertThat(policy.canCorrect(reporter, "09", Correction.Kind.SELF_REPORT)).isTrue();
        assertThat(policy.canCorrect(reporter, "17", Correction.Kind.SELF_REPORT)).isFalse();
        assertThat(policy.canCorrect(verifier, "09", Correction.Kind.SELF_REPORT)).isFalse();
        assertThat(policy.canCorrect(verifier, "09", Correction.Kind.VERIFIED)).isTrue();
        assertThat(policy.canCorrect(reporter, "09", Correction.Kind.VERIFIED)).isFalse();
    }

    @Test
    void nobody_is_anybody_without_a_token() {
        assertThat(policy.canReportFor(null, "09")).isFalse();
        assertThat(policy.canVerify(null)).isFalse();
        Authentication notAJwt = new TestingAuthenticationToken("someone", null, "ROLE_region-reporter");
        assertThat(policy.canReportFor(notAJwt, "09")).as("no token, no region claim").isFalse();
    }

    @Test
    void before_the_body_is_read_a_correction_is_let_through_only_for_those_who_may_make_one_of_the_two() {
        assertThat(policy.canCorrectSome(token("09", "region-reporter"), "09")).as("the region's reporter").isTrue();
        assertThat(policy.canCorrectSome(token(null, "verifier"), "09")).as("a verifier").isTrue();
        assertThat(policy.canCorrectSome(token("17", "region-reporter"), "09")).as("another region's reporter").isFalse();
        assertThat(policy.canCorrectSome(token("09", "programme-viewer"), "09")).as("a viewer of the region").isFalse();
        assertThat(policy.canCorrectSome(token(null, "programme-admin"), "09")).as("an admin").isFalse();
    }
}
