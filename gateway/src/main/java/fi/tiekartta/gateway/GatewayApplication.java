package fi.tiekartta.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The single door to Tiekartta: routes {@code /api/**} to the service that owns each resource and
 * turns away requests without a valid Keycloak token. Routes are declared in application.yml.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
