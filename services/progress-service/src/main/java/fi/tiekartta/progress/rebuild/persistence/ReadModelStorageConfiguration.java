package fi.tiekartta.progress.rebuild.persistence;

import com.mongodb.client.MongoClient;
import fi.tiekartta.progress.rebuild.ReadModelGenerations;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * Points every {@code MongoTemplate} at the active generation. Spring Boot's {@code MongoAutoConfiguration} backs
 * off (no {@code MongoClient}) when the application declares a {@code MongoDatabaseFactory} of its own, so the
 * factory Boot makes is not replaced by a bean of ours but wrapped, as it is created, into a
 * {@link GenerationRoutingDatabaseFactory} on the same client and database name.
 * <p>
 * Not in a rebuild's own context ({@code tiekartta.progress.rebuild.builder=true}): that one writes one fixed
 * generation, named by its {@code spring.mongodb.database}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
class ReadModelStorageConfiguration {

    @Bean
    static BeanPostProcessor generationRoutingDatabaseFactory() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SimpleMongoClientDatabaseFactory boots && !(bean instanceof GenerationRoutingDatabaseFactory)) {
                    MongoClient client = boots.getMongoCluster();
                    return new GenerationRoutingDatabaseFactory(client, boots.getMongoDatabase().getName());
                }
                return bean;
            }
        };
    }

    @Bean
    ReadModelGenerations readModelGenerations(MongoDatabaseFactory factory) {
        if (!(factory instanceof GenerationRoutingDatabaseFactory routing)) {
            throw new IllegalStateException("The MongoDB database factory is a " + factory.getClass().getName()
                    + ", not Spring Boot's SimpleMongoClientDatabaseFactory: read model generations need Boot's");
        }
        return new MongoReadModelGenerations(routing);
    }
}
