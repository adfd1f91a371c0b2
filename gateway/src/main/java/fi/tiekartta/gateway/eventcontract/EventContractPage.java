package fi.tiekartta.gateway.eventcontract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI document as a web page, rendered here from the same tree the gateway serves as JSON and YAML, so the
 * page cannot say anything the document does not. In English only: it is documentation for developers of outside
 * systems, like the OpenAPI documents and Swagger UI next to it, not a page of the product (whose pages are in
 * Finnish, Swedish and English). It has no script at all, and its styles are a file of the gateway's own origin, so it
 * needs nothing the Content-Security-Policy does not allow.
 */
final class EventContractPage {

    /** Headers whose value differs by message: shown with each message rather than in the common table. */
    private static final List<String> PER_MESSAGE = List.of("ce_type", "ce_source", "ce_dataschema");

    private EventContractPage() {
    }

    static String render(JsonNode document) {
        StringBuilder html = new StringBuilder(64 * 1024);
        JsonNode info = document.path("info");
        String title = info.path("title").asText() + " " + info.path("version").asText();
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="asyncapi.css">
                </head>
                <body>
                <main>
                """.formatted(escape(title)));
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p>AsyncAPI ").append(escape(document.path("asyncapi").asText()))
                .append(" document: <a href=\"asyncapi.json\">asyncapi.json</a>, <a href=\"asyncapi.yaml\">asyncapi.yaml</a>. ")
                .append("The services' HTTP APIs: <a href=\"/swagger-ui.html\">OpenAPI documents</a>.</p>\n");
        paragraphs(html, info.path("description").asText());
        contents(html, document);
        servers(html, document);
        envelope(html, document);
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            channel(html, document, channel.getKey(), channel.getValue());
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void contents(StringBuilder html, JsonNode document) {
        html.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n")
                .append("<li><a href=\"#servers\">Servers</a></li>\n<li><a href=\"#envelope\">Headers and key</a></li>\n");
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            html.append("<li><a href=\"#channel-").append(escape(channel.getKey())).append("\">")
                    .append(escape(channel.getValue().path("title").asText())).append("</a> (<code>")
                    .append(escape(channel.getValue().path("address").asText())).append("</code>)</li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }

    private static void servers(StringBuilder html, JsonNode document) {
        html.append("<section aria-labelledby=\"servers\">\n<h2 id=\"servers\">Servers</h2>\n<table>\n")
                .append("<thead><tr><th scope=\"col\">Server</th><th scope=\"col\">Host</th><th scope=\"col\">Protocol</th>")
                .append("<th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, JsonNode> server : document.path("servers").properties()) {
            JsonNode value = server.getValue();
            html.append("<tr><th scope=\"row\">").append(escape(server.getKey())).append("</th><td><code>")
                    .append(escape(value.path("host").asText())).append("</code></td><td>")
                    .append(escape(value.path("protocol").asText())).append("</td><td>")
                    .append(inline(value.path("description").asText()));
            for (JsonNode requirement : value.path("security")) {
                JsonNode scheme = resolve(document, requirement);
                html.append("<br>Security: ").append(inline(scheme.path("description").asText()));
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** The headers every message has (the first message's; they differ only in the values shown per message). */
    private static void envelope(StringBuilder html, JsonNode document) {
        html.append("<section aria-labelledby=\"envelope\">\n<h2 id=\"envelope\">Headers and key</h2>\n");
        JsonNode first = document.path("components").path("messages").elements().hasNext()
                ? document.path("components").path("messages").elements().next() : null;
        if (first == null) {
            html.append("<p>No messages.</p>\n</section>\n");
            return;
        }
        JsonNode headers = resolve(document, first.path("headers"));
        paragraphs(html, headers.path("description").asText());
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(name -> required.add(name.asText()));
        html.append("<table>\n<caption>Kafka record headers</caption>\n<thead><tr><th scope=\"col\">Header</th>")
                .append("<th scope=\"col\">Required</th><th scope=\"col\">Value</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, JsonNode> header : headers.path("properties").properties()) {
            JsonNode schema = header.getValue();
            String value = PER_MESSAGE.contains(header.getKey()) ? "per message (below)" : constraint(schema);
            html.append("<tr><th scope=\"row\"><code>").append(escape(header.getKey())).append("</code></th><td>")
                    .append(required.contains(header.getKey()) ? "yes" : "no").append("</td><td>").append(value)
                    .append("</td><td>").append(inline(schema.path("description").asText())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        JsonNode key = first.path("bindings").path("kafka").path("key");
        html.append("<p>Record key: ").append(inline(key.path("description").asText())).append("</p>\n</section>\n");
    }

    private static void channel(StringBuilder html, JsonNode document, String id, JsonNode channel) {
        html.append("<section aria-labelledby=\"channel-").append(escape(id)).append("\">\n<h2 id=\"channel-")
                .append(escape(id)).append("\">").append(escape(channel.path("title").asText())).append("</h2>\n")
                .append("<p>Topic <code>").append(escape(channel.path("address").asText())).append("</code>.</p>\n");
        paragraphs(html, channel.path("description").asText());
        for (Map.Entry<String, JsonNode> operation : document.path("operations").properties()) {
            if (operation.getValue().path("channel").path("$ref").asText().equals("#/channels/" + id)) {
                html.append("<p>Operation <code>").append(escape(operation.getKey())).append("</code> (")
                        .append(escape(operation.getValue().path("action").asText())).append("): ")
                        .append(inline(operation.getValue().path("summary").asText())).append("</p>\n");
            }
        }
        for (JsonNode reference : channel.path("messages")) {
            message(html, document, resolve(document, reference));
        }
        html.append("</section>\n");
    }

    private static void message(StringBuilder html, JsonNode document, JsonNode message) {
        String type = message.path("name").asText();
        JsonNode headers = resolve(document, message.path("headers")).path("properties");
        html.append("<article aria-labelledby=\"").append(escape(type)).append("\">\n<h3 id=\"").append(escape(type))
                .append("\">").append(escape(message.path("title").asText())).append("</h3>\n<dl>\n")
                .append("<dt>Type (<code>ce_type</code>)</dt><dd><code>").append(escape(type)).append("</code></dd>\n")
                .append("<dt>Source (<code>ce_source</code>)</dt><dd><code>")
                .append(escape(headers.path("ce_source").path("const").asText())).append("</code></dd>\n")
                .append("<dt>Summary</dt><dd>").append(inline(message.path("summary").asText())).append("</dd>\n");
        if (message.hasNonNull("description")) {
            html.append("<dt>Description</dt><dd>").append(inline(message.path("description").asText())).append("</dd>\n");
        }
        String path = message.path("x-dataschema-path").asText();
        String file = path.substring(path.lastIndexOf('/') + 1);
        html.append("<dt>Payload schema</dt><dd><a href=\"schemas/").append(escape(file)).append("\">")
                .append(escape(file)).append("</a> (JSON Schema 2020-12; <code>ce_dataschema</code> is the public base URL + <code>")
                .append(escape(path)).append("</code>)</dd>\n</dl>\n</article>\n");
    }

    private static String constraint(JsonNode schema) {
        if (schema.has("const")) {
            return "<code>" + escape(schema.get("const").asText()) + "</code>";
        }
        if (schema.has("format")) {
            return escape(schema.get("format").asText());
        }
        if (schema.has("pattern")) {
            return "matches <code>" + escape(schema.get("pattern").asText()) + "</code>";
        }
        return escape(schema.path("type").asText("text"));
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** Text paragraphs (separated by an empty line), each as {@link #inline}. */
    private static void paragraphs(StringBuilder html, String text) {
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(inline(paragraph.strip())).append("</p>\n");
            }
        }
    }

    /** Escaped text where {@code `code`} (the one Markdown the document's texts use) becomes {@code <code>}. */
    private static String inline(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            html.append(code ? "<code>" + escape(parts[i]) + "</code>" : escape(i % 2 == 1 ? "`" + parts[i] : parts[i]));
        }
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
