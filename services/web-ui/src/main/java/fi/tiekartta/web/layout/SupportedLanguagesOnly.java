package fi.tiekartta.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to fi, sv or en; anything else is ignored rather than kept in the cookie. */
class SupportedLanguagesOnly implements HandlerInterceptor {

    private final LocaleChangeInterceptor change;

    SupportedLanguagesOnly(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String asked = request.getParameter(change.getParamName());
        if (asked == null || Languages.of(asked).isEmpty()) {
            return true;
        }
        return change.preHandle(request, response, handler);
    }
}
