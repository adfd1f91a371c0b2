package fi.tiekartta.platform.aggregate;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/**
 * A query on aggregates' state fields built from a list endpoint's optional parameters: a parameter
 * that was not given (null) filters nothing, and enums compare by name, as they are stored.
 */
public final class StateFilter {

    private final List<Criteria> criteria = new ArrayList<>();

    public static StateFilter where() {
        return new StateFilter();
    }

    /** The state field (e.g. {@code status}, {@code forecast.end}) equals the value, or contains it if it is a list. */
    public StateFilter is(String field, Object value) {
        if (value != null) {
            criteria.add(Criteria.where(STATE + "." + field).is(value instanceof Enum<?> e ? e.name() : value));
        }
        return this;
    }

    /** Any other condition, written on {@code state.}-prefixed fields. */
    public StateFilter and(Criteria condition) {
        criteria.add(condition);
        return this;
    }

    /** The query, sorted by the given state fields in order ({@code _id} as is, for a stable order). */
    public Query sortedBy(String... fields) {
        Criteria all = criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria);
        return Query.query(all).with(Sort.by(Arrays.stream(fields).map(f -> f.equals("_id") ? f : STATE + "." + f).toArray(String[]::new)));
    }
}
