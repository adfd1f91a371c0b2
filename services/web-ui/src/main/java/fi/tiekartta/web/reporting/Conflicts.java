package fi.tiekartta.web.reporting;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ServiceApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed meanwhile, when a service answers 412: the resource as the user saw it (read {@code asOf} the time of
 * the version their form carried, found in the resource's history) against the resource now, compared on the values
 * the form shows.
 */
@Component
public class Conflicts {

    private static final Logger log = LoggerFactory.getLogger(Conflicts.class);

    private final WorkFormats formats;

    public Conflicts(WorkFormats formats) {
        this.formats = formats;
    }

    /**
     * @param api         the service
     * @param path        the resource's path template, e.g. {@code /api/milestones/{id}}
     * @param seenVersion the version the user's form carried
     * @param now         the resource as it is now
     * @param shown       the values the form shows, by message key of their label, as shown
     * @param variables   the path's variables
     */
    public Conflict between(ServiceApi api, String path, String seenVersion, JsonNode now,
                            Function<JsonNode, Map<String, String>> shown, Object... variables) {
        String changedBy = now == null ? null : text(now.path("lastChangedBy"));
        String changedAt = now == null ? null : formats.instant(text(now.path("lastChangedAt")));
        List<Conflict.Change> changes = new ArrayList<>();
        try {
            JsonNode history = api.get(path + "/history", variables);
            String seenAt = null;
            for (JsonNode revision : history) {
                if (revision.path("version").asString("").equals(seenVersion)) {
                    seenAt = text(revision.path("at"));
                }
            }
            if (seenAt != null && now != null) {
                Object[] withTime = new Object[variables.length + 1];
                System.arraycopy(variables, 0, withTime, 0, variables.length);
                withTime[variables.length] = seenAt;
                JsonNode before = api.get(path + "?asOf={asOf}", withTime);
                Map<String, String> seen = shown.apply(before);
                Map<String, String> current = shown.apply(now);
                Map<String, String> labels = new LinkedHashMap<>(current);
                seen.keySet().forEach(key -> labels.putIfAbsent(key, null));
                labels.keySet().forEach(key -> {
                    if (!Objects.equals(seen.get(key), current.get(key))) {
                        changes.add(new Conflict.Change(key, blankAsDash(seen.get(key)), blankAsDash(current.get(key))));
                    }
                });
            }
        } catch (ApiProblem | RestClientException unreadable) {
            log.info("Could not read what changed meanwhile at {}: {}", path, unreadable.getMessage());
        }
        return new Conflict(changedBy, changedAt, changes);
    }

    private static String blankAsDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
