package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tiekartta.contracts.EventContract;

import java.util.List;

/**
 * Builds the AsyncAPI 3.0.0 document from the catalogue: one channel per public topic ({@link PublicChannel}), one
 * {@code receive} operation per channel, one message per public type (headers, Kafka key, payload) and the types'
 * schemas embedded in {@code components/schemas} ({@link EmbeddedSchemas}). Nothing in it is written by hand but the
 * words of {@link PublicChannel}, {@link EventSummaries} and the schemas' own titles and descriptions.
 */
final class AsyncApiGenerator {

    /** The version of the Kafka bindings used (channel topic, message key). */
    static final String KAFKA_BINDING_VERSION = "0.5.0";
    /** The message's extension naming where the gateway serves its schema; see {@link #message}. */
    static final String DATASCHEMA_PATH = "x-dataschema-path";
    static final String SECURITY_SCHEME = "keycloakOAuthBearer";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiGenerator() {
    }

    static ObjectNode generate(List<EventContract<?>> contracts) {
        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", AsyncApiDocument.ASYNCAPI_VERSION);
        document.put("id", AsyncApiDocument.ID);
        info(document.putObject("info"));
        servers(document.putObject("servers"));
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        securitySchemes(components.putObject("securitySchemes"));
        for (PublicChannel channel : PublicChannel.ALL) {
            List<EventContract<?>> onChannel = contracts.stream()
                    .filter(contract -> contract.topic().equals(channel.topic())).toList();
            if (onChannel.isEmpty()) {
                continue;
            }
            ObjectNode channelNode = channel(channels.putObject(channel.id()), channel);
            ObjectNode channelMessages = channelNode.putObject("messages");
            ObjectNode operation = operation(operations.putObject(channel.operationId()), channel);
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventContract<?> contract : onChannel) {
                ObjectNode schema = EmbeddedSchemas.published(contract);
                schemas.set(contract.type(), EmbeddedSchemas.embed(schema));
                message(messages.putObject(contract.type()), contract, channel, schema);
                reference(channelMessages.putObject(contract.type()), "#/components/messages/" + contract.type());
                reference(operationMessages.addObject(),
                        "#/channels/" + channel.id() + "/messages/" + contract.type());
            }
        }
        List<String> unplaced = contracts.stream()
                .filter(contract -> PublicChannel.ALL.stream().noneMatch(c -> c.topic().equals(contract.topic())))
                .map(EventContract::type).toList();
        if (!unplaced.isEmpty()) {
            throw new IllegalStateException("Public types on a topic without a public channel: " + unplaced);
        }
        return document;
    }

    private static void info(ObjectNode info) {
        info.put("title", "Tiekartta public events");
        info.put("version", AsyncApiDocument.VERSION);
        info.put("description", """
                The events Tiekartta publishes for outside systems: programmes, work packages and their measures, \
                milestones, reporting rounds and regional reports. Every event is a CloudEvents 1.0 event in binary \
                content mode: its attributes travel as `ce_*` Kafka record headers, the record value is its JSON data \
                alone, and the record key is the id of the aggregate the event is about (so one aggregate's events \
                arrive in order).

                Read tolerantly: skip event types this document does not describe (a topic may carry internal ones), \
                ignore headers and properties you do not know (an optional property may be added within a version), and \
                de-duplicate by `ce_id` (delivery is at least once). Each type's JSON Schema is embedded below and \
                served by the gateway without a token at the path in the message's `x-dataschema-path`, which is \
                also where the event's `ce_dataschema` points. This document is generated from the event catalogue \
                and its schemas; see docs/integrations.md and docs/event-versioning.md for credentials and for what \
                may change within a version.""");
    }

    private static void servers(ObjectNode servers) {
        ObjectNode local = servers.putObject("local");
        local.put("host", "localhost:9092");
        local.put("protocol", "kafka");
        local.put("description", "The local stack (deploy/local/tiekartta): PLAINTEXT, no credentials and no ACLs. "
                + "Only for development; nothing about it is the production setup.");
        ObjectNode production = servers.putObject("production");
        production.put("host", "{bootstrapServers}");
        production.put("protocol", "kafka-secure");
        production.put("description", "A production deployment: TLS, and SASL OAUTHBEARER with an access token of "
                + "the integration's own client in the deployment's Kafka realm of Keycloak (docs/integrations.md, "
                + "\"Credentials and read rights in production\"). Kafka ACLs give the client Read and Describe on the "
                + "public topics it asked for and on the consumer groups under its own prefix, nothing else.");
        ObjectNode variable = production.putObject("variables").putObject("bootstrapServers");
        variable.put("description", "The deployment's Kafka bootstrap servers (host:port), given to an integration "
                + "together with its client credentials.");
        variable.putArray("examples").add("kafka-1.example.fi:9093,kafka-2.example.fi:9093,kafka-3.example.fi:9093");
        reference(production.putArray("security").addObject(), "#/components/securitySchemes/" + SECURITY_SCHEME);
    }

    private static void securitySchemes(ObjectNode schemes) {
        ObjectNode scheme = schemes.putObject(SECURITY_SCHEME);
        scheme.put("type", "oauth2");
        scheme.put("description", "SASL/OAUTHBEARER (security.protocol=SASL_SSL, sasl.mechanism=OAUTHBEARER): the "
                + "Kafka client fetches an access token with the client credentials grant from the token endpoint of "
                + "the Kafka realm (tiekartta-kafka, kept apart from the API's realm) and presents it to the brokers, "
                + "which expect the audience kafka and take the principal from the azp claim (User:<client id>). "
                + "The token URL below is an example: use the deployment's Keycloak address.");
        ObjectNode flow = scheme.putObject("flows").putObject("clientCredentials");
        flow.put("tokenUrl", "https://login.example.fi/realms/tiekartta-kafka/protocol/openid-connect/token");
        flow.putObject("availableScopes");
    }

    private static ObjectNode channel(ObjectNode node, PublicChannel channel) {
        node.put("address", channel.topic());
        node.put("title", channel.title());
        node.put("description", channel.description());
        ObjectNode kafka = node.putObject("bindings").putObject("kafka");
        kafka.put("topic", channel.topic());
        // unlimited retention: the topics are the durable record (docs/events.md, "Topics")
        kafka.putObject("topicConfiguration").put("retention.ms", -1);
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return node;
    }

    private static ObjectNode operation(ObjectNode node, PublicChannel channel) {
        node.put("action", "receive");
        reference(node.putObject("channel"), "#/channels/" + channel.id());
        node.put("title", "Receive " + channel.title().toLowerCase(java.util.Locale.ROOT));
        node.put("summary", "An integration consumes " + channel.topic() + " with a consumer group under its own prefix.");
        return node;
    }

    /**
     * One type's message. Where its schema is served goes in {@code x-dataschema-path}: a path, not a URL, because
     * the document is the same for every deployment and only the deployment knows its public base URL (the event's
     * {@code ce_dataschema} is that base plus this path). An extension rather than {@code externalDocs}, whose
     * {@code url} must be absolute, and which is meant for prose, not for the schema a tool should fetch.
     */
    private static void message(ObjectNode node, EventContract<?> contract, PublicChannel channel, ObjectNode schema) {
        node.put("name", contract.type());
        node.put("title", schema.path("title").asText(contract.type()));
        node.put("summary", EventSummaries.of(contract));
        if (schema.hasNonNull("description")) {
            node.put("description", schema.get("description").asText());
        }
        node.put("contentType", "application/json");
        node.set("headers", CloudEventHeaders.schema(contract, channel));
        // the schema as published (draft 2020-12, its $schema says so), embedded once and referenced from here
        reference(node.putObject("payload"), EmbeddedSchemas.pointer(contract.type()));
        ObjectNode correlation = node.putObject("correlationId");
        correlation.put("description", "The CloudEvents id: the same for every delivery of one event.");
        correlation.put("location", "$message.header#/" + CloudEventHeaders.ID);
        ObjectNode key = node.putObject("bindings").putObject("kafka");
        ObjectNode keySchema = key.putObject("key");
        keySchema.put("type", "string");
        keySchema.put("minLength", 1);
        keySchema.put("description", "The id of the aggregate the event is about, the same as ce_subject: one "
                + "aggregate's events share a partition and arrive in order.");
        key.put("bindingVersion", KAFKA_BINDING_VERSION);
        node.put(DATASCHEMA_PATH, contract.schemaPath());
    }

    private static void reference(ObjectNode node, String pointer) {
        node.put("$ref", pointer);
    }
}
