package fi.tiekartta.progress.live.web;

import fi.tiekartta.platform.sse.SseSenders;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.live.CatchUp;
import fi.tiekartta.progress.live.ChangeBroadcast;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The live stream's parts: the broadcast (at most {@code tiekartta.progress.live.max-connections}, 1,000, streams per
 * instance), the catch-up (at most {@code tiekartta.progress.live.max-catch-up}, 500, entries) and the senders that
 * write to the streams. Not in a rebuild's own context, which serves nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
class LiveConfiguration {

    @Bean
    ChangeBroadcast changeBroadcast(@Value("${tiekartta.progress.live.max-connections:1000}") int maxConnections) {
        return new ChangeBroadcast(maxConnections);
    }

    @Bean
    CatchUp catchUp(ChangeFeed feed, @Value("${tiekartta.progress.live.max-catch-up:500}") int maxEntries) {
        return new CatchUp(feed, maxEntries, 10L * ChangeFeed.MAX_POSITIONS * Math.max(1, (maxEntries + 499) / 500));
    }

    /**
     * Ends the open streams as soon as the application starts to close, before the web server's graceful shutdown
     * would wait for them (they never end by themselves); the browsers reconnect, to another instance if need be.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> endLiveStreamsOnShutdown(ChangeBroadcast broadcast) {
        return closed -> broadcast.endAll();
    }

    @Bean(destroyMethod = "close")
    SseSenders streamSenders(@Value("${tiekartta.progress.live.sender-threads:8}") int threads) {
        return new SseSenders("live-stream", threads);
    }
}
