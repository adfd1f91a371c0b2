package fi.tiekartta.integration;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.tiekartta.testing.ArchitectureRules;

/**
 * The domain is plain Java, but for one package: {@code events} holds {@link fi.tiekartta.integration.events.PublicEvent},
 * the public contract's event as read from a Kafka record (a CloudEvent, its data as a JSON tree), which both the
 * event log and the webhooks take as it is. It is the service's own reading of its input, not a domain of decisions;
 * wrapping it in a framework-free copy would only copy every field twice.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, DomainArchitectureTest.WithoutEvents.class})
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = ArchitectureRules.domainIsFreeOfFrameworks(ArchitectureTest.ROOT);

    static final class WithoutEvents implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/fi/tiekartta/integration/events/");
        }
    }
}
