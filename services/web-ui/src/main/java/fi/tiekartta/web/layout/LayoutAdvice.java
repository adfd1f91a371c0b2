package fi.tiekartta.web.layout;

import fi.tiekartta.web.security.CurrentUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.List;

/**
 * What every page's frame needs: who is signed in ({@code user}), the page's language ({@code pageLanguage}), the
 * language switch ({@code languageLinks}), the gateway's logout token ({@code logoutCsrf}) and what the features'
 * {@link FramePart}s add (the unread notification count). Exception handlers
 * get a fresh model without these, so they call {@link #addFrame} themselves.
 */
@ControllerAdvice
public class LayoutAdvice {

    /** The gateway's CSRF cookie: its value goes into the logout form, which the gateway itself handles. */
    static final String GATEWAY_CSRF_COOKIE = "XSRF-TOKEN";

    private final List<FramePart> parts;

    LayoutAdvice(List<FramePart> parts) {
        this.parts = List.copyOf(parts);
    }

    @ModelAttribute
    public void addFrame(Model model, HttpServletRequest request) {
        model.addAttribute("user", CurrentUser.current().orElse(null));
        model.addAttribute("pageLanguage", Languages.current());
        model.addAttribute("languageLinks", languageLinks(request));
        model.addAttribute("logoutCsrf", logoutCsrf(request));
        parts.forEach(part -> part.addTo(model));
    }

    /** The language switch: this page in each language. */
    private static List<LanguageLink> languageLinks(HttpServletRequest request) {
        return Arrays.stream(Languages.values())
                .map(language -> new LanguageLink(language, ServletUriComponentsBuilder.fromRequest(request)
                        .replaceQueryParam("lang", language.code()).build().toUriString().replaceFirst("^https?://[^/]+", ""),
                        language == Languages.current()))
                .toList();
    }

    private static String logoutCsrf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? "" : Arrays.stream(cookies).filter(cookie -> GATEWAY_CSRF_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst().orElse("");
    }

    /** One entry of the language switch. */
    public record LanguageLink(Languages language, String href, boolean current) {
    }
}
