package fi.tiekartta.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Correlation in every service (ADR 13). Micrometer Tracing (the OpenTelemetry bridge, no exporter) continues the
 * gateway's {@code traceparent} and puts {@code traceId}/{@code spanId} in the MDC; this adds the request id, hands
 * the outbox the current correlation ({@link CurrentCorrelation}), and puts a consumed record's correlation in the
 * MDC while it is handled ({@link CorrelationRecordInterceptor}, which Spring Boot gives the listener containers).
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration")
public class TracingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CurrentCorrelation currentCorrelation(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new CurrentCorrelation(tracer::getIfAvailable, propagator::getIfAvailable);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        /** Right after Spring's observation filter (which opens the request's span), before security. */
        @Bean
        FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
            FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RecordInterceptor.class)
    static class Messaging {

        /** A service that declares its own record interceptor keeps it (Spring Boot wires only a unique one). */
        @Bean
        @ConditionalOnMissingBean(RecordInterceptor.class)
        CorrelationRecordInterceptor correlationRecordInterceptor() {
            return new CorrelationRecordInterceptor();
        }
    }
}
