package fi.tiekartta.platform.persistence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Registers {@link MongoPingHealthIndicator} under the name Boot's own Mongo indicator backs off for. */
@AutoConfiguration(
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
public class MongoHealthAutoConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoTemplate.class)
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
