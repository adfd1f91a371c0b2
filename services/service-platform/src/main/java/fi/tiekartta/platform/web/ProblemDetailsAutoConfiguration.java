package fi.tiekartta.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json for every error a service answers, from controllers and from the security filters. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@Import({ProblemDetailsAdvice.class, JsonRequestBodies.class})
public class ProblemDetailsAutoConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    /** Every endpoint refuses query parameters it does not take ({@link KnownQueryParameters}). */
    @Bean
    WebMvcConfigurer knownQueryParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new KnownQueryParameters()).addPathPatterns("/api/**");
            }
        };
    }
}
