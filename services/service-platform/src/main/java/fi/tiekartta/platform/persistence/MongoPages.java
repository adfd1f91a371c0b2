package fi.tiekartta.platform.persistence;

import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query's results with the total count, as every list endpoint answers.
 * <p>
 * The total is counted only when the page does not tell it already (a first page shorter than the page size
 * is the whole result), and then with the {@code count} command, not {@code countDocuments}: the latter is
 * an aggregation, and mongo-java-server loads a whole collection into its heap for every aggregation, while it
 * answers {@code count} by streaming (docs/mongodb-compatibility.md). MongoDB answers both.
 */
public final class MongoPages {

    private MongoPages() {
    }

    public static <T> Page<T> find(MongoTemplate mongo, Query filter, Pageable pageable, Class<T> type) {
        return find(mongo, filter, pageable, type, mongo.getCollectionName(type));
    }

    public static <T> Page<T> find(MongoTemplate mongo, Query filter, Pageable pageable, Class<T> type, String collection) {
        List<T> content = mongo.find(Query.of(filter).with(pageable), type, collection);
        return PageableExecutionUtils.getPage(content, pageable, () -> count(mongo, filter, collection));
    }

    private static long count(MongoTemplate mongo, Query filter, String collection) {
        Document mapped = new QueryMapper(mongo.getConverter()).getMappedObject(filter.getQueryObject(), Optional.empty());
        Document answer = mongo.executeCommand(new Document("count", collection).append("query", mapped));
        return ((Number) answer.get("n")).longValue();
    }
}
