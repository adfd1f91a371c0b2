package fi.tiekartta.integration.webhooks.delivery.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.integration.events.PublicEvent;
import fi.tiekartta.integration.webhooks.delivery.WebhookMessage;
import fi.tiekartta.integration.webhooks.delivery.application.DeliveryPlanner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhooks read the public topics in a consumer group of their own, so their progress is independent of the event
 * log's and the stream's. Each public event is only planned here (deliveries written and queued): sending happens in
 * the delivery lanes, so no receiver can hold up this listener, and through it, the topics.
 */
@Component
class WebhookEventsListener {

    static final String GROUP = "integration-service.webhooks";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeliveryPlanner planner;
    private final String publicBaseUrl;

    WebhookEventsListener(DeliveryPlanner planner,
            @Value("${tiekartta.events.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.planner = planner;
        this.publicBaseUrl = publicBaseUrl;
    }

    @KafkaListener(topics = {Topics.PROGRAMMES, Topics.WORK_PACKAGES, Topics.MILESTONES, Topics.REGIONAL_REPORTING},
            groupId = GROUP)
    void on(ConsumerRecord<String, Object> record) {
        PublicEvent.from(record).map(event -> event.withPublicDataschema(publicBaseUrl)).ifPresent(event ->
                planner.plan(new WebhookMessage(event.id(), event.type(), event.source(), event.subject(), event.time(),
                        event.dataschema(), event.aggregateVersion(), event.programmeCode(), event.regionCodes(),
                        JSON.writeValueAsString(event.data()))));
    }
}
