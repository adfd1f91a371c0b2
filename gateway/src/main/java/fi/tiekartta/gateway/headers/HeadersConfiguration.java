package fi.tiekartta.gateway.headers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** CORS and the security headers' settings; the headers themselves are written by Spring Security's header writers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityHeadersProperties.class, CorsProperties.class})
public class HeadersConfiguration {

    @Bean
    CorsFilter corsFilter(CorsProperties cors) {
        return new CorsFilter(cors);
    }
}
