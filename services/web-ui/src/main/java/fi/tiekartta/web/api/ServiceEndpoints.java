package fi.tiekartta.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services answer. The UI calls them directly (not back through the gateway), with the user's token,
 * so it sees the same APIs and the same authorization as any other client.
 */
@ConfigurationProperties(prefix = "tiekartta.services")
public record ServiceEndpoints(String programmes, String workPackages, String milestones, String regions, String progress,
        String notifications) {
}
