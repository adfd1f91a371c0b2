package fi.tiekartta.platform.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** One page of a query's results with the total count, as every list endpoint answers. */
public final class MongoPages {

    private MongoPages() {
    }

    public static <T> Page<T> find(MongoTemplate mongo, Query filter, Pageable pageable, Class<T> type) {
        return find(mongo, filter, pageable, type, mongo.getCollectionName(type));
    }

    public static <T> Page<T> find(MongoTemplate mongo, Query filter, Pageable pageable, Class<T> type, String collection) {
        long total = mongo.count(Query.of(filter).limit(0).skip(0), collection);
        return new PageImpl<>(mongo.find(Query.of(filter).with(pageable), type, collection), pageable, total);
    }
}
