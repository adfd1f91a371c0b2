package fi.tiekartta.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

    @Test
    void defaultsToTheLocalStacksAddresses() {
        DemoSettings settings = DemoSettings.from(new String[0]);

        assertThat(settings.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.issuer()).isEqualTo("http://localhost:8180/realms/tiekartta");
        assertThat(settings.file()).isEqualTo(Path.of("deploy/seed/reporting-demo.yaml").toAbsolutePath());
        assertThat(settings.patience()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void argumentsMoveEverything() {
        DemoSettings settings = DemoSettings.from(new String[] {"--gateway=http://localhost:18080",
                "--issuer=http://localhost:18180/realms/tiekartta", "--file=/tmp/demo.yaml", "--wait=5"});

        assertThat(settings).isEqualTo(new DemoSettings("http://localhost:18080",
                "http://localhost:18180/realms/tiekartta", Path.of("/tmp/demo.yaml"), Duration.ofSeconds(5)));
    }

    @Test
    void rejectsAnUnknownArgument() {
        assertThatThrownBy(() -> DemoSettings.from(new String[] {"--token=x"})).hasMessageContaining("--token=x");
    }
}
