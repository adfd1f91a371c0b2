package fi.tiekartta.integration.webhooks.delivery.messaging;

import fi.tiekartta.integration.webhooks.application.WebhookProperties;
import fi.tiekartta.integration.webhooks.delivery.AttemptOutcome;
import fi.tiekartta.integration.webhooks.delivery.SendResult;
import fi.tiekartta.integration.webhooks.delivery.WebhookSender;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends deliveries with the JDK's HTTP client: HTTP/1.1, no redirects followed (a redirect could lead anywhere, past
 * the target check; it counts as a failure), a connect timeout, and one deadline for the whole exchange, the answer's
 * body included, so a receiver that answers slowly byte by byte cannot hold a lane longer than a silent one.
 */
@Component
class HttpWebhookSender implements WebhookSender {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");
    private static final String USER_AGENT = "Tiekartta-Webhooks/1";

    private final HttpClient client;
    private final Duration responseTimeout;

    HttpWebhookSender(WebhookProperties properties) {
        this.responseTimeout = properties.delivery().responseTimeout();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.delivery().connectTimeout())
                .build();
    }

    @Override
    public SendResult send(URI target, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(responseTimeout)
                .header("user-agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!RESTRICTED.contains(name)) {
                request.header(name, value);
            }
        });
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        try {
            int status = exchange.get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            if (status >= 200 && status < 300) {
                return new SendResult(AttemptOutcome.DELIVERED, status, null);
            }
            String error = status >= 300 && status < 400 ? "The receiver answered a redirect (" + status + "), which is not followed."
                    : "The receiver answered " + status + ".";
            return new SendResult(AttemptOutcome.FAILED, status, error);
        } catch (TimeoutException slow) {
            exchange.cancel(true);
            return timedOut();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                return new SendResult(AttemptOutcome.TIMED_OUT, null, "No connection within the connect timeout.");
            }
            if (cause instanceof HttpTimeoutException) {
                return timedOut();
            }
            String reason = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                    : cause.getClass().getSimpleName();
            return new SendResult(AttemptOutcome.FAILED, null, "The request failed: " + reason);
        } catch (InterruptedException interrupted) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new SendResult(AttemptOutcome.FAILED, null, "The attempt was interrupted (the service stopped).");
        }
    }

    private SendResult timedOut() {
        return new SendResult(AttemptOutcome.TIMED_OUT, null, "No answer within " + responseTimeout.toMillis() + " ms.");
    }
}
