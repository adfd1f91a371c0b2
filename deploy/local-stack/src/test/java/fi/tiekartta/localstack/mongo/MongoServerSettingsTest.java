package fi.tiekartta.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MongoServerSettingsTest {

    @Test
    void defaultsToMongoDbsOwnAddress() {
        MongoServerSettings settings = MongoServerSettings.from(new String[0], Map.of());

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(27017);
        assertThat(settings.file()).isEqualTo(Path.of("data/mongo/tiekartta.mv").toAbsolutePath());
    }

    @Test
    void argumentsWinOverTheEnvironment() {
        Map<String, String> env = Map.of("MONGODB_HOST", "0.0.0.0", "MONGODB_PORT", "27018", "DATA_DIR", "/srv/t");

        MongoServerSettings fromEnv = MongoServerSettings.from(new String[0], env);
        MongoServerSettings fromArgs = MongoServerSettings.from(
                new String[] {"--host=localhost", "--port=0", "--file=/tmp/x.mv"}, env);

        assertThat(fromEnv).isEqualTo(new MongoServerSettings("0.0.0.0", 27018, Path.of("/srv/t/mongo/tiekartta.mv")));
        assertThat(fromArgs).isEqualTo(new MongoServerSettings("localhost", 0, Path.of("/tmp/x.mv")));
    }

    @Test
    void rejectsAnUnknownArgument() {
        assertThatThrownBy(() -> MongoServerSettings.from(new String[] {"--dbpath=/x"}, Map.of()))
                .hasMessageContaining("--dbpath=/x");
    }
}
