package fi.tiekartta.integration.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on loopback (the JDK's HttpServer), one path per test receiver: it records every request and
 * answers as told (2xx, a status the first n times, always a status, or no answer at all until closed). Each request
 * is handled on a thread of its own, so a hanging path does not hold up the others, as with a real separate receiver.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received: headers with lower-case names, and the body. */
    record Received(String path, Map<String, String> headers, byte[] body, Instant at) {

        String header(String name) {
            return headers.get(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Received> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hanging = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The URL of a receiver path, named by host name (localhost), as the allow list of the tests names it. */
    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void failFirst(String path, int times, int status) {
        failuresLeft.put(path, new AtomicInteger(times));
        failureStatus.put(path, status);
    }

    void alwaysFail(String path, int status) {
        failFirst(path, Integer.MAX_VALUE, status);
    }

    void succeed(String path) {
        failuresLeft.remove(path);
    }

    void hang(String path) {
        hanging.put(path, true);
    }

    List<Received> at(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        requests.add(new Received(path, headers, body, Instant.now()));
        if (hanging.containsKey(path)) {
            try {
                closed.await(60, TimeUnit.SECONDS); // no answer until the test ends
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        AtomicInteger left = failuresLeft.get(path);
        int status = left != null && left.getAndDecrement() > 0 ? failureStatus.get(path) : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
