package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tiekartta.contracts.EventContract;

import java.util.List;

/**
 * The Kafka record headers of one event type, as a JSON Schema: CloudEvents 1.0 in binary content mode, every
 * attribute a {@code ce_*} header (UTF-8 text) and the content type in {@code content-type} (docs/events.md,
 * "Envelope"). Where a value is fixed for the type it is a {@code const} (type, source, content type), so the
 * headers of a record can be checked against its message. Other headers may travel too (the trace headers); they are
 * not part of the contract, so the schema allows them.
 */
final class CloudEventHeaders {

    static final String SPECVERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String SOURCE = "ce_source";
    static final String TYPE = "ce_type";
    static final String SUBJECT = "ce_subject";
    static final String TIME = "ce_time";
    static final String DATASCHEMA = "ce_dataschema";
    static final String AGGREGATE_VERSION = "ce_aggregateversion";
    static final String CONTENT_TYPE = "content-type";
    static final List<String> REQUIRED = List.of(SPECVERSION, ID, SOURCE, TYPE, SUBJECT, TIME, DATASCHEMA,
            AGGREGATE_VERSION, CONTENT_TYPE);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudEventHeaders() {
    }

    static ObjectNode schema(EventContract<?> contract, PublicChannel channel) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "CloudEvents 1.0 attributes in binary content mode: one Kafka record header each, "
                + "the value as UTF-8 text. Other headers (traceparent, tiekartta-request-id) may be present; a "
                + "consumer may ignore them. The order of the headers is not part of the contract.");
        REQUIRED.forEach(schema.putArray("required")::add);
        ObjectNode properties = schema.putObject("properties");
        constant(properties, SPECVERSION, "1.0", "CloudEvents specversion.");
        text(properties, ID, "CloudEvents id: a UUID assigned when the event is recorded and kept when it is sent "
                + "again, so a consumer recognises a duplicate by it.").put("format", "uuid");
        constant(properties, SOURCE, channel.source(), "CloudEvents source: the service that published the event.");
        constant(properties, TYPE, contract.type(), "CloudEvents type: names the message and its schema.");
        text(properties, SUBJECT, "CloudEvents subject: the id of the aggregate the event is about, the same as the "
                + "record key.").put("minLength", 1);
        text(properties, TIME, "CloudEvents time: when the change happened, UTC, millisecond precision.")
                .put("format", "date-time");
        text(properties, DATASCHEMA, "CloudEvents dataschema: the URL the deployment's gateway serves the payload's "
                + "JSON Schema at, without a token: the deployment's public base URL followed by the message's "
                + "x-dataschema-path. The file there is the published schema; the payload schema embedded here is the "
                + "same with its references expanded.")
                .put("format", "uri")
                .put("pattern", "^https?://[^/]+(/.*)?" + regexLiteral(contract.schemaPath()) + "$");
        text(properties, AGGREGATE_VERSION, "CloudEvents extension aggregateversion: the aggregate's version after "
                + "the change, 0 for a creation; a consumer applies an event only when it is newer than what it holds.")
                .put("pattern", "^(0|[1-9][0-9]*)$");
        constant(properties, CONTENT_TYPE, "application/json", "CloudEvents datacontenttype: the record value is the "
                + "event's JSON data alone.");
        text(properties, "traceparent", "Not a CloudEvents attribute: the W3C Trace Context of the work that "
                + "recorded the event, when there was one.");
        text(properties, "tiekartta-request-id", "Not a CloudEvents attribute: the gateway's X-Request-Id of the "
                + "request that caused the event, when it had one.");
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode text(ObjectNode properties, String name, String description) {
        ObjectNode header = properties.putObject(name);
        header.put("type", "string");
        header.put("description", description);
        return header;
    }

    private static void constant(ObjectNode properties, String name, String value, String description) {
        text(properties, name, description).put("const", value);
    }

    /** {@code text} as an ECMA-262 regular expression matching itself (schemas are read by JavaScript tools too). */
    private static String regexLiteral(String text) {
        // only the syntax characters: with the u flag (Ajv), escaping anything else, such as '-', is an error
        return text.replaceAll("[.\\\\+*?\\[\\]^$(){}|]", "\\\\$0");
    }
}
