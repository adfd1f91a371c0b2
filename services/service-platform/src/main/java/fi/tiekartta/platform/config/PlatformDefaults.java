package fi.tiekartta.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds {@code tiekartta-platform.properties} as the lowest-precedence property source, so every service
 * shares one set of defaults (infrastructure addresses from environment variables, Kafka serialisers,
 * JWT role mapping, actuator exposure) and can still override any of them in its own application.yml.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "tiekartta-platform.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new PropertiesPropertySourceLoader()
                    .load("tiekartta-platform-defaults", new ClassPathResource(RESOURCE));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
