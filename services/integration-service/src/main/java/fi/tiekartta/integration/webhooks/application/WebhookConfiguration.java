package fi.tiekartta.integration.webhooks.application;

import fi.tiekartta.integration.webhooks.delivery.RetrySchedule;
import fi.tiekartta.integration.webhooks.targets.HostResolver;
import fi.tiekartta.integration.webhooks.targets.TargetCheck;
import fi.tiekartta.integration.webhooks.targets.TargetRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashSet;

/** The webhooks' plain-Java parts, configured from {@link WebhookProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookConfiguration {

    /** The system resolver; a bean so that a test can resolve a name differently after registration. */
    @Bean
    HostResolver webhookHostResolver() {
        return HostResolver.SYSTEM;
    }

    @Bean
    TargetCheck webhookTargetCheck(WebhookProperties properties, HostResolver resolver) {
        return new TargetCheck(new TargetRules(properties.requireHttps(), new HashSet<>(properties.allowedTargets())),
                resolver);
    }

    @Bean
    RetrySchedule webhookRetrySchedule(WebhookProperties properties) {
        WebhookProperties.Delivery delivery = properties.delivery();
        return new RetrySchedule(delivery.initialInterval(), delivery.multiplier(), delivery.randomizationFactor(),
                delivery.maxInterval(), delivery.maxAttempts());
    }
}
