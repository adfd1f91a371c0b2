package fi.tiekartta.platform.json;

import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module that reads every {@code String} strictly ({@link StrictTextDeserializer}): the web's mapper has
 * it ({@link JsonHygieneAutoConfiguration}), and so must any mapper of a service's own that reads what clients send
 * (e.g. an uploaded document).
 */
public final class StrictTexts {

    private StrictTexts() {
    }

    public static SimpleModule module() {
        return new SimpleModule("tiekartta-strict-texts").addDeserializer(String.class, new StrictTextDeserializer());
    }
}
