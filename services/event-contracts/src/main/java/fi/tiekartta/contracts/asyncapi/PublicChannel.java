package fi.tiekartta.contracts.asyncapi;

import fi.tiekartta.contracts.Topics;

import java.util.List;
import java.util.Objects;

/**
 * One public channel of the AsyncAPI document: a topic of {@link Topics#ALL}, with the words that describe it and the
 * one service that produces on it (its CloudEvents {@code source}).
 *
 * @param id          the channel's key in the document, also the stem of its operation's id ({@code receive<Id>})
 * @param topic       the Kafka topic, the channel's address
 * @param title       a short human name
 * @param description what travels on it, for an integration deciding whether to subscribe
 * @param producer    the service that publishes every event on the topic: the {@code ce_source} is
 *                    {@code /tiekartta/<producer>}
 */
public record PublicChannel(String id, String topic, String title, String description, String producer) {

    /** The channels, one per topic of the contract, in the order of {@link Topics#ALL} (checked by a test). */
    public static final List<PublicChannel> ALL = List.of(
            new PublicChannel("programmes", Topics.PROGRAMMES, "Programmes and government terms",
                    "Programmes (national, cooperation-area or regional) and the government terms they refer to. The "
                            + "programme service also puts the internal roadmap import events here; they are not part of "
                            + "the public contract, and a consumer skips every type this document does not describe.",
                    "programme-service"),
            new PublicChannel("workPackages", Topics.WORK_PACKAGES, "Work packages and measures",
                    "Work packages of the programmes, their delivery confidence, and their measures with each measure's "
                            + "lineage (added, revised, split, merged, dropped).",
                    "workpackage-service"),
            new PublicChannel("milestones", Topics.MILESTONES, "Milestones",
                    "Milestones of work packages and measures: planned, revised, reaching a final status (achieved, "
                            + "missed, cancelled) and going overdue.",
                    "milestone-service"),
            new PublicChannel("regionalReporting", Topics.REGIONAL_REPORTING, "Reporting rounds and regional reports",
                    "Reporting rounds, the regions' reports in them (submitted, verified, returned, revised) and the "
                            + "national indicators recorded beside them.",
                    "region-service"));

    public PublicChannel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(producer, "producer");
    }

    /** The CloudEvents {@code source} of every event on this channel. */
    public String source() {
        return "/tiekartta/" + producer;
    }

    /** The id of the channel's one operation: an integration receives from it. */
    public String operationId() {
        return "receive" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** The channel of {@code topic}; a topic of the contract without a channel here is a mistake. */
    public static PublicChannel of(String topic) {
        return ALL.stream().filter(channel -> channel.topic.equals(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No public channel for topic " + topic));
    }
}
