package fi.tiekartta.testing;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every service keeps: a feature package (e.g. {@code fi.tiekartta.programme.programme})
 * holds the domain in plain Java; frameworks live only in its adapters ({@code web}, {@code persistence},
 * {@code messaging}). Spring Data's paging types are allowed in repository ports, and so is the
 * platform's plain-Java {@code fi.tiekartta.platform.domain} package.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** @param servicePackage e.g. {@code fi.tiekartta.programme} */
    public static ArchRule domainIsFreeOfFrameworks(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + ".*")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.kafka..", "org.springframework.data.mongodb..",
                        "org.springframework.stereotype..", "org.springframework.context..", "org.springframework.security..",
                        "org.springframework.beans..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "tools.jackson..",
                        "io.cloudevents..", "jakarta.servlet..",
                        "fi.tiekartta.platform.(security|web|outbox|messaging|persistence|config)..")
                .because("the domain is plain Java; frameworks belong in the web/, persistence/ and messaging/ adapters");
    }
}
