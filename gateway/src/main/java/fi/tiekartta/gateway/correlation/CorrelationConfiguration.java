package fi.tiekartta.gateway.correlation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Request ids; the W3C trace context is Micrometer Tracing's (see application.yml, management.tracing). */
@Configuration(proxyBeanMethods = false)
public class CorrelationConfiguration {

    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }
}
