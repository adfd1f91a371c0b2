package fi.tiekartta.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in service for the resilience tests: answers with a fixed status, or hangs until released, and records
 * each request's method, path and headers.
 */
final class StandInService {

    record Seen(String method, String path, Map<String, String> headers) {
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int status = 200;
    private volatile CountDownLatch hang;

    StandInService(String name) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> answer(name, exchange));
        server.start();
    }

    private void answer(String name, HttpExchange exchange) throws IOException {
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), values.get(0)));
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers));
        CountDownLatch latch = hang;
        if (latch != null) {
            try {
                latch.await(3, TimeUnit.SECONDS); // far past the gateway's timeout in the tests, short enough to end soon
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = (name + ":" + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException gone) {
            // the gateway gave up waiting and closed the connection
        } finally {
            exchange.close();
        }
    }

    StandInService answering(int status) {
        this.status = status;
        return this;
    }

    StandInService hanging() {
        hang = new CountDownLatch(1);
        return this;
    }

    void release() {
        CountDownLatch latch = hang;
        if (latch != null) {
            latch.countDown();
        }
    }

    long count(String method) {
        return seen.stream().filter(request -> request.method().equals(method)).count();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        release();
        server.stop(0);
    }

    /** An address where nothing listens: a port that was free a moment ago. */
    static String nothingListening() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes to the gateway (what WebTestClient would refuse to send) and returns the whole answer. */
    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
