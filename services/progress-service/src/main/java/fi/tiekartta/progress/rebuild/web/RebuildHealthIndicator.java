package fi.tiekartta.progress.rebuild.web;

import fi.tiekartta.progress.rebuild.RebuildStatus;
import fi.tiekartta.progress.rebuild.application.ReadModelRebuilds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code rebuild} health contributor, part of the readiness group: always UP (the active generation keeps
 * serving during a rebuild), with {@code rebuild: {phase, generation, activeGeneration, inProgress}} in its details.
 */
@Component("rebuild")
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
class RebuildHealthIndicator extends AbstractHealthIndicator {

    private final ReadModelRebuilds rebuilds;

    RebuildHealthIndicator(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RebuildStatus status = rebuilds.status();
        Map<String, Object> rebuild = new LinkedHashMap<>();
        rebuild.put("phase", status.phase().name());
        rebuild.put("generation", status.generation() == null ? status.activeGeneration() : status.generation());
        rebuild.put("activeGeneration", status.activeGeneration());
        rebuild.put("inProgress", status.running());
        builder.up().withDetail("rebuild", rebuild);
    }
}
