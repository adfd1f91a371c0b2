package fi.tiekartta.systemtests;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips a container tier where no Docker engine answers, saying so in words a reader of the build log
 * understands (Testcontainers' own {@code disabledWithoutDocker} gives only a terse reason). Registered before
 * {@code @Testcontainers}, whose own condition then never gets to start anything.
 */
final class DockerRequired implements ExecutionCondition {

    static final String SKIPPED = "Docker is not available: the Testcontainers tier "
            + "(real MongoDB, Kafka, Keycloak images) is skipped";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("Docker is available");
        }
        // Maven lists skipped tests without their reason: print it where the build log shows it.
        System.out.println("[WARNING] " + context.getDisplayName() + ": " + SKIPPED);
        return ConditionEvaluationResult.disabled(SKIPPED);
    }
}
