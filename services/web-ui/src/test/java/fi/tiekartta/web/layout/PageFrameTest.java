package fi.tiekartta.web.layout;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.security.WebSecurityConfiguration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The frame every page shares: languages, the public statement, sign-in, CSRF, the gateway's logout token. */
@SpringBootTest
@AutoConfigureMockMvc
class PageFrameTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theAccessibilityStatementIsPublicAndFinnishByDefault() throws Exception {
        mvc.perform(get("/accessibility"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"fi\"")))
                .andExpect(content().string(containsString("<h1>Saavutettavuusseloste</h1>")))
                .andExpect(content().string(containsString("306/2019")))
                .andExpect(content().string(not(containsString("Kirjaudu ulos"))));
    }

    @Test
    void theLanguageSwitchShowsThePageInSwedishAndKeepsTheChoiceInACookie() throws Exception {
        mvc.perform(get("/accessibility").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"sv\"")))
                .andExpect(content().string(containsString("<h1>Tillgänglighetsutlåtande</h1>")))
                .andExpect(cookie().value(LanguageConfiguration.LANGUAGE_COOKIE, "sv"));
        mvc.perform(get("/accessibility").cookie(new Cookie(LanguageConfiguration.LANGUAGE_COOKIE, "en")))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("<h1>Accessibility statement</h1>")));
    }

    @Test
    void anUnsupportedLanguageIsIgnored() throws Exception {
        mvc.perform(get("/accessibility").param("lang", "de"))
                .andExpect(content().string(containsString("<html lang=\"fi\"")))
                .andExpect(cookie().doesNotExist(LanguageConfiguration.LANGUAGE_COOKIE));
    }

    @Test
    void theLanguageLinksNameEachLanguageInItselfAndMarkTheirLanguage() throws Exception {
        mvc.perform(get("/accessibility").param("lang", "en"))
                .andExpect(content().string(containsString("lang=\"sv\" hreflang=\"sv\"")))
                .andExpect(content().string(containsString("På svenska")));
    }

    @Test
    void aSignedInUserSeesTheirNameAndALogoutFormCarryingTheGatewaysToken() throws Exception {
        mvc.perform(get("/accessibility").cookie(new Cookie("XSRF-TOKEN", "gateway-token-1")).with(SignedIn.reporterOfPaijatHame()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reporter-paijat-hame")))
                .andExpect(content().string(containsString("(raportoi alueelle 09)")))
                .andExpect(content().string(containsString("action=\"/logout\"")))
                .andExpect(content().string(containsString("value=\"gateway-token-1\"")));
    }

    @Test
    void aPageOtherThanThePublicOnesNeedsTheRelayedToken() throws Exception {
        mvc.perform(get("/some-page")).andExpect(status().isUnauthorized());
    }

    /**
     * The browser fetches a form page, then its stylesheet and script, then posts the form: none of the responses
     * in between may clear or replace the CSRF cookie (every request is authenticated anew from the relayed token,
     * which Spring Security would otherwise take for a new login).
     */
    @Test
    void aSignedInRequestLeavesTheCsrfCookieAsItIs() throws Exception {
        mvc.perform(get("/assets/app.css").cookie(new Cookie(WebSecurityConfiguration.CSRF_COOKIE, "token-1")).with(SignedIn.viewer()))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist(WebSecurityConfiguration.CSRF_COOKIE));
        mvc.perform(get("/accessibility").cookie(new Cookie(WebSecurityConfiguration.CSRF_COOKIE, "token-1")).with(SignedIn.viewer()))
                .andExpect(cookie().doesNotExist(WebSecurityConfiguration.CSRF_COOKIE));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedEvenWithAToken() throws Exception {
        mvc.perform(post("/accessibility").with(SignedIn.viewer())).andExpect(status().isForbidden());
        mvc.perform(post("/accessibility").with(SignedIn.viewer()).with(csrf())).andExpect(status().isMethodNotAllowed());
    }
}
