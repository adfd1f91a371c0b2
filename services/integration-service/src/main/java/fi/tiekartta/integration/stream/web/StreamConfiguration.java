package fi.tiekartta.integration.stream.web;

import fi.tiekartta.integration.eventlog.EventLog;
import fi.tiekartta.integration.stream.CatchUp;
import fi.tiekartta.integration.stream.EventBroadcast;
import fi.tiekartta.platform.sse.SseSenders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The stream's parts: the broadcast (at most {@code tiekartta.event-stream.max-connections}, 1,000, streams per
 * instance), the catch-up (at most {@code tiekartta.event-stream.max-catch-up}, 1,000, events per connection, found in
 * at most twenty times as many positions) and the senders that write to the streams.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean
    EventBroadcast eventBroadcast(@Value("${tiekartta.event-stream.max-connections:1000}") int maxConnections) {
        return new EventBroadcast(maxConnections);
    }

    @Bean
    CatchUp catchUp(EventLog eventLog, @Value("${tiekartta.event-stream.max-catch-up:1000}") int maxEvents) {
        return new CatchUp(eventLog, maxEvents, 20L * Math.max(maxEvents, EventLog.MAX_POSITIONS));
    }

    /**
     * Ends the open streams as soon as the application starts to close, before the web server's graceful shutdown
     * would wait for them (they never end by themselves); the clients reconnect, to another instance if need be.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> endEventStreamsOnShutdown(EventBroadcast broadcast) {
        return closed -> broadcast.endAll();
    }

    @Bean(destroyMethod = "close")
    SseSenders streamSenders(@Value("${tiekartta.event-stream.sender-threads:8}") int threads) {
        return new SseSenders("event-stream", threads);
    }
}
