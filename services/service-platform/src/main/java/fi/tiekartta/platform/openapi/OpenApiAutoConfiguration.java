package fi.tiekartta.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;

/**
 * Every service describes its API as an OpenAPI 3.1 document at {@code /v3/api-docs} (springdoc),
 * readable without a token: it is public documentation, and the gateway serves it too, at
 * {@code /v3/api-docs/<service name>}. The document names the gateway as its server and declares that
 * every operation needs a Keycloak bearer JWT ({@value #BEARER_AUTH}). A service can replace the whole
 * {@link OpenAPI} bean, or override the {@code tiekartta.openapi.*} and {@code springdoc.*} defaults.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@PropertySource("classpath:fi/tiekartta/platform/openapi/openapi-defaults.properties")
public class OpenApiAutoConfiguration {

    /** The name of the security scheme every operation requires. */
    public static final String BEARER_AUTH = "bearerAuth";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI tiekarttaOpenApi(Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        String tokenUrl = issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token";
        return new OpenAPI()
                .info(new Info()
                        .title("Tiekartta " + service)
                        .description(environment.getProperty("tiekartta.openapi.description",
                                "The " + service + " API of Tiekartta, the shared roadmap of a national development "
                                        + "programme and its regional implementation; reached through the gateway."))
                        .version(environment.getProperty("tiekartta.openapi.version", implementationVersion()))
                        .license(new License()
                                .name(environment.getProperty("tiekartta.openapi.licence-name"))
                                .identifier(environment.getProperty("tiekartta.openapi.licence-identifier"))))
                .addServersItem(new Server().url(environment.getProperty("tiekartta.openapi.server-url", "/"))
                        .description("the gateway"))
                .components(new Components().addSecuritySchemes(BEARER_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token from Keycloak (audience tiekartta-api), e.g. from " + tokenUrl)))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
    }

    /** The version in the service jar's manifest, or "development" when running from classes. */
    private static String implementationVersion() {
        String version = OpenApiAutoConfiguration.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }
}
