package fi.tiekartta.integration.webhooks.delivery;

import java.net.URI;
import java.util.Map;

/** Sends one HTTP request to a receiver, within the configured timeouts, following no redirect. */
public interface WebhookSender {

    SendResult send(URI target, Map<String, String> headers, byte[] body);
}
