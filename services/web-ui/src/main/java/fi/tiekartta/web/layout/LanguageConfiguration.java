package fi.tiekartta.web.layout;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;

/**
 * Finnish, Swedish or English: Finnish unless the user chose otherwise ({@code ?lang=sv}); the choice is kept in a
 * cookie for a year. The browser's Accept-Language is not used: the service is Finnish first, and a user who wants
 * another language switches once.
 */
@Configuration
public class LanguageConfiguration implements WebMvcConfigurer {

    public static final String LANGUAGE_COOKIE = "TK-LANG";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(Languages.FINNISH.locale());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLanguagesOnly(change));
    }
}
