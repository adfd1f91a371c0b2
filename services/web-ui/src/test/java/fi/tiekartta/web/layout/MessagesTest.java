package fi.tiekartta.web.layout;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in Finnish, Swedish and English, and none is left empty. */
class MessagesTest {

    @Test
    void theThreeLanguagesHaveTheSameTextsAndNoneIsEmpty() throws IOException {
        Properties finnish = load("fi");
        Properties swedish = load("sv");
        Properties english = load("en");
        assertThat(finnish).isNotEmpty();
        assertThat(keys(swedish)).as("Swedish texts").isEqualTo(keys(finnish));
        assertThat(keys(english)).as("English texts").isEqualTo(keys(finnish));
        for (Properties texts : new Properties[] {finnish, swedish, english}) {
            texts.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            assertThat(in).as("messages_" + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
