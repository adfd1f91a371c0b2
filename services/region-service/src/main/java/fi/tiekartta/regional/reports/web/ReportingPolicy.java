package fi.tiekartta.regional.reports.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.regional.reports.Correction;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Who may write regional reports, as the report endpoints ask it by name in {@code @PreAuthorize}
 * ({@code @reportingPolicy.canReportFor(authentication, #code)}): a caller refused here gets 403 before
 * anything is read or written, the request body included (the platform's {@code AuthorizationBeforeBody}).
 * <ul>
 *   <li>A region's reports are written (drafted, edited, submitted, their self-report corrected) only by a
 *       region reporter whose token's {@code region} claim is that region: a region claim without the
 *       role is not enough, nor is the role for another region.</li>
 *   <li>Reports are verified or returned, and their verified value corrected, only by a verifier (STM, THL),
 *       whatever region their token names.</li>
 * </ul>
 */
@Component("reportingPolicy")
public class ReportingPolicy {

    /** The claim of a region reporter's token that names their region (Statistics Finland code, e.g. "09"). */
    static final String REGION_CLAIM = "region";

    /** The caller is a reporter of region {@code regionCode}. */
    public boolean canReportFor(Authentication caller, String regionCode) {
        return hasRole(caller, Roles.REGION_REPORTER) && regionCode != null && regionCode.equals(regionOf(caller));
    }

    /** The caller verifies reports: verifies or returns them, and corrects their verified value. */
    public boolean canVerify(Authentication caller) {
        return hasRole(caller, Roles.VERIFIER);
    }

    /**
     * A correction after the close: the region's own reporters correct the self-report, verifiers the
     * verified value.
     */
    public boolean canCorrect(Authentication caller, String regionCode, Correction.Kind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case SELF_REPORT -> canReportFor(caller, regionCode);
            case VERIFIED -> canVerify(caller);
        };
    }

    /**
     * The caller may make some correction of region {@code regionCode}'s reports (the region's reporter, or a
     * verifier): what is known before the body says which correction it is.
     */
    public boolean canCorrectSome(Authentication caller, String regionCode) {
        return canReportFor(caller, regionCode) || canVerify(caller);
    }

    private static boolean hasRole(Authentication caller, String role) {
        return caller != null && caller.isAuthenticated() && caller.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }

    private static String regionOf(Authentication caller) {
        return caller.getPrincipal() instanceof Jwt token ? token.getClaimAsString(REGION_CLAIM) : null;
    }
}
