package fi.tiekartta.platform.support;

import com.mongodb.client.MongoClient;
import fi.tiekartta.platform.persistence.MongoConversionsAutoConfiguration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** A MongoTemplate as the services have it, without a Spring context. */
public final class TestMongo {

    private TestMongo() {
    }

    /** With the platform's conversions: java.time values go to the driver's codecs, as in every service. */
    public static MongoTemplate template(MongoClient client, String database) {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, database);
        MongoCustomConversions conversions = new MongoConversionsAutoConfiguration().mongoCustomConversions();
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new MongoTemplate(factory, converter);
    }
}
