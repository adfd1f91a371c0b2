package fi.tiekartta.web.layout;

import fi.tiekartta.web.security.CurrentUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.List;

/** What every page's frame needs: who is signed in, the language switch, and the gateway's logout token. */
@ControllerAdvice
public class LayoutAdvice {

    /** The gateway's CSRF cookie: its value goes into the logout form, which the gateway itself handles. */
    static final String GATEWAY_CSRF_COOKIE = "XSRF-TOKEN";

    @ModelAttribute("user")
    CurrentUser user() {
        return CurrentUser.current().orElse(null);
    }

    @ModelAttribute("pageLanguage")
    Languages pageLanguage() {
        return Languages.current();
    }

    /** The language switch: this page in each language. */
    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        return Arrays.stream(Languages.values())
                .map(language -> new LanguageLink(language, ServletUriComponentsBuilder.fromRequest(request)
                        .replaceQueryParam("lang", language.code()).build().toUriString().replaceFirst("^https?://[^/]+", ""),
                        language == Languages.current()))
                .toList();
    }

    @ModelAttribute("logoutCsrf")
    String logoutCsrf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? "" : Arrays.stream(cookies).filter(cookie -> GATEWAY_CSRF_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst().orElse("");
    }

    /** One entry of the language switch. */
    public record LanguageLink(Languages language, String href, boolean current) {
    }
}
