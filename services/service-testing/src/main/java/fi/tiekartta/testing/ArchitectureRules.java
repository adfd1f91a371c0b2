package fi.tiekartta.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every service keeps, checked over the whole service (every class under its root package):
 * <pre>
 *   web ─┐
 *   messaging ─┼─▶ application ─▶ domain ◀── persistence
 *   scheduling ┘        (every adapter may use the domain too)
 * </pre>
 * A feature package (e.g. {@code fi.tiekartta.regional.reports}) holds its domain in plain Java; its
 * {@code application} package holds the services that run its commands; its adapters live in {@code web},
 * {@code messaging}, {@code scheduling} and {@code persistence} sub-packages, and none of them is used by
 * anything but Spring's wiring. No two packages depend on each other in a cycle.
 */
public final class ArchitectureRules {

    private static final List<String> ADAPTERS = List.of("web", "messaging", "scheduling", "persistence");

    private ArchitectureRules() {
    }

    /** Every rule below, for a service whose classes live under {@code servicePackage}, e.g. {@code fi.tiekartta.milestone}. */
    public static List<ArchRule> all(String servicePackage) {
        return List.of(domainIsFreeOfFrameworks(servicePackage), layersAreRespected(servicePackage),
                packagesAreFreeOfCycles(servicePackage), storageStaysInPersistence(servicePackage));
    }

    /** @param servicePackage e.g. {@code fi.tiekartta.programme} */
    public static ArchRule domainIsFreeOfFrameworks(String servicePackage) {
        return noClasses().that(domain(servicePackage))
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "tools.jackson..",
                        "io.cloudevents..", "jakarta.servlet..", "jakarta.validation..",
                        "fi.tiekartta.platform.(security|web|outbox|messaging|persistence|config|projection|openapi|scheduling|json|idempotency|tracing)..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.springframework.data.domain.."))))
                .because("the domain is plain Java; frameworks belong in the adapters (web, messaging, scheduling, "
                        + "persistence); Spring Data's paging types (org.springframework.data.domain) are the one "
                        + "exception, for ports that answer pages")
                .allowEmptyShould(false);
    }

    /** web, messaging and scheduling drive the application services; persistence implements the domain's ports. */
    public static ArchRule layersAreRespected(String servicePackage) {
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Web").definedBy(servicePackage + "..web..")
                .layer("Messaging").definedBy(servicePackage + "..messaging..")
                .layer("Scheduling").definedBy(servicePackage + "..scheduling..")
                .layer("Persistence").definedBy(servicePackage + "..persistence..")
                .layer("Application").definedBy(servicePackage + "..application..")
                .layer("Domain").definedBy(domain(servicePackage))
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("Scheduling").mayNotBeAccessedByAnyLayer()
                .whereLayer("Persistence").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Messaging", "Scheduling")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Web", "Messaging", "Scheduling", "Persistence")
                .whereLayer("Application").mayOnlyAccessLayers("Domain")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .withOptionalLayers(true);
    }

    /**
     * Only {@code persistence} knows how things are stored: controllers, application services and schedulers
     * ask a port; {@code messaging} may write what it projects, through the platform's EventProjection.
     */
    public static ArchRule storageStaysInPersistence(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .and().resideOutsideOfPackages(servicePackage + "..persistence..", servicePackage + "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..",
                        "org.bson..")
                .orShould().dependOnClassesThat(JavaClass.Predicates.simpleName("StateFilter")
                        .or(JavaClass.Predicates.simpleName("MongoPages"))
                        .and(JavaClass.Predicates.resideInAPackage("fi.tiekartta.platform..")))
                .because("queries are written against the storage layout, which only persistence may know");
    }

    /**
     * No package of the service, its root package included, depends directly or through others on a package
     * that depends back on it.
     */
    public static ArchRule packagesAreFreeOfCycles(String servicePackage) {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return inService(javaClass.getPackageName(), servicePackage)
                        ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of " + servicePackage + ", itself included";
            }
        }).should().beFreeOfCycles();
    }

    private static boolean inService(String packageName, String servicePackage) {
        return packageName.equals(servicePackage) || packageName.startsWith(servicePackage + ".");
    }

    /** The domain: every class of the service outside its application and adapter packages, but for its Spring Boot main class. */
    private static DescribedPredicate<JavaClass> domain(String servicePackage) {
        return DescribedPredicate.describe("domain classes of " + servicePackage, (JavaClass javaClass) -> {
            String name = javaClass.getPackageName();
            if (!inService(name, servicePackage)) {
                return false;
            }
            if (javaClass.isAnnotatedWith(SpringBootApplication.class)) {
                return false;
            }
            List<String> parts = List.of(name.substring(servicePackage.length()).split("\\."));
            return parts.stream().noneMatch(part -> ADAPTERS.contains(part) || part.equals("application"));
        });
    }
}
