package fi.tiekartta.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Small shared beans: the clock every change is stamped with (replaceable in tests). It ticks in
 * milliseconds because MongoDB stores milliseconds: the API, the stored state and the events then
 * all tell the same time.
 */
@AutoConfiguration
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
