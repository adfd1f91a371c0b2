package fi.tiekartta.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The single door to Tiekartta: routes {@code /api/**} to the service that owns each resource and everything else
 * to the web UI, turns away requests without a valid Keycloak token, and logs people in with their browser (the
 * session stays here, the token travels on). API routes are declared in application.yml, the web UI's in
 * {@link WebUiRoute}; security in {@link GatewaySecurityConfiguration}.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
