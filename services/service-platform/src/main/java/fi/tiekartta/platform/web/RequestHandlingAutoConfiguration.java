package fi.tiekartta.platform.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.FormContentFilter;

/**
 * How a service takes requests before any controller sees them.
 * <ul>
 *   <li>Request parameters come from the query string only, never from a form body ({@link QueryOnlyParameters}):
 *       a form body reaches authorization unread, and then gets 415 ({@link JsonRequestBodies}).</li>
 *   <li>Tomcat's own error page is problem+json ({@link ProblemErrorReportValve}).</li>
 * </ul>
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
public class RequestHandlingAutoConfiguration {

    /** Takes the place of Spring Boot's FormContentFilter, which parses form bodies before authorization. */
    @Bean
    FormContentFilter queryOnlyParameters() {
        return new QueryOnlyParameters();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatErrorReport {

        /** After Spring Boot's customizer, which adds Tomcat's HTML ErrorReportValve to the host. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport() {
            return new ProblemErrorReportCustomizer();
        }
    }

    static class ProblemErrorReportCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // the host adds a valve of this class when it starts unless it already has one
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
