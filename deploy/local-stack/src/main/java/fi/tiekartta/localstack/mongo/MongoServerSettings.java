package fi.tiekartta.localstack.mongo;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the Mongo server listens and stores its data. Arguments ({@code --host=}, {@code --port=}, {@code --file=})
 * win over the environment ({@code MONGODB_HOST}, {@code MONGODB_PORT}, {@code DATA_DIR}), which wins over the
 * defaults: the same port as a real MongoDB, so the apps' default {@code MONGODB_URI} works unchanged.
 */
record MongoServerSettings(String host, int port, Path file) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 27017;

    static MongoServerSettings from(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("MONGODB_HOST", DEFAULT_HOST);
        int port = Integer.parseInt(env.getOrDefault("MONGODB_PORT", String.valueOf(DEFAULT_PORT)));
        Path file = Path.of(env.getOrDefault("DATA_DIR", "data"), "mongo", "tiekartta.mv");
        for (String arg : args) {
            if (arg.startsWith("--host=")) {
                host = value(arg);
            } else if (arg.startsWith("--port=")) {
                port = Integer.parseInt(value(arg));
            } else if (arg.startsWith("--file=")) {
                file = Path.of(value(arg));
            } else {
                throw new IllegalArgumentException(
                        "Unknown argument " + arg + " (expected --host=, --port= or --file=)");
            }
        }
        return new MongoServerSettings(host, port, file.toAbsolutePath());
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
