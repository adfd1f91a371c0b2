package fi.tiekartta.platform.security;

import jakarta.servlet.ServletException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rule of an endpoint is asked before its body is read. Here without the security filter chain, so a refusal is
 * the AccessDeniedException the chain's handler turns into 403 (the services' tests check that answer).
 */
class AuthorizationBeforeBodyTest {

    static final String INVALID = "{\"value\":\"\"}";

    record Command(@NotBlank String value, String kind) {
    }

    /** Stands for a policy bean such as region-service's reportingPolicy. */
    public static class Policy {
        public boolean ownRegion(Authentication caller, String code) {
            return caller.getName().equals("reporter-" + code);
        }

        public boolean kind(String kind) {
            return "ok".equals(kind);
        }
    }

    @RestController
    static class Sample {

        @PostMapping("/admin")
        @PreAuthorize(Roles.CAN_ADMINISTER)
        void admin(@Valid @RequestBody Command command) {
        }

        @PostMapping("/regions/{code}")
        @PreAuthorize("@policy.ownRegion(authentication, #code)")
        void region(@PathVariable String code, @Valid @RequestBody Command command) {
        }

        @PostMapping("/kinds/{code}")
        @AuthorizeBeforeBody("@policy.ownRegion(authentication, #code)")
        @PreAuthorize("@policy.ownRegion(authentication, #code) and @policy.kind(#command.kind())")
        void kinds(@PathVariable String code, @Valid @RequestBody Command command) {
        }

        @PostMapping("/undeclared")
        @PreAuthorize("@policy.kind(#command.kind())")
        void undeclared(@Valid @RequestBody Command command) {
        }
    }

    final MockMvc mvc;

    AuthorizationBeforeBodyTest() {
        StaticApplicationContext context = new StaticApplicationContext();
        context.registerSingleton("policy", Policy.class);
        context.refresh();
        mvc = MockMvcBuilders.standaloneSetup(new Sample()).addInterceptors(new AuthorizationBeforeBody(context)).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_caller_without_the_role_is_refused_before_an_invalid_body_is_validated() throws Exception {
        signIn("viewer", "ROLE_programme-viewer");
        assertRefused("/admin");
        signIn("admin", "ROLE_programme-admin");
        mvc.perform(post("/admin").contentType(MediaType.APPLICATION_JSON).content(INVALID)).andExpect(status().isBadRequest());
    }

    @Test
    void a_rule_on_a_path_variable_sees_the_path_variable() throws Exception {
        signIn("reporter-09", "ROLE_region-reporter");
        assertRefused("/regions/17");
        mvc.perform(post("/regions/09").contentType(MediaType.APPLICATION_JSON).content(INVALID)).andExpect(status().isBadRequest());
    }

    @Test
    void a_rule_that_needs_the_body_is_asked_early_as_declared() throws Exception {
        signIn("reporter-09", "ROLE_region-reporter");
        assertRefused("/kinds/17");
        mvc.perform(post("/kinds/09").contentType(MediaType.APPLICATION_JSON).content(INVALID)).andExpect(status().isBadRequest());
    }

    @Test
    void a_rule_that_needs_the_body_without_an_early_rule_is_a_programming_error() {
        signIn("admin", "ROLE_programme-admin");
        assertThatThrownBy(() -> mvc.perform(post("/undeclared").contentType(MediaType.APPLICATION_JSON).content(INVALID)))
                .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining("@AuthorizeBeforeBody");
    }

    private void assertRefused(String path) {
        assertThatThrownBy(() -> mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(INVALID)))
                .isInstanceOf(ServletException.class)
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(AccessDeniedException.class));
    }

    private static void signIn(String name, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "n/a", authorities));
    }
}
