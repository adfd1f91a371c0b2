package fi.tiekartta.programme.term.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.programme.term.GovernmentTerm;
import fi.tiekartta.programme.term.GovernmentTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Adds the government terms of {@code reference/government-terms.json} that are not stored yet. Terms
 * already stored are left as they are: admins may have recorded later facts (an end date, a new
 * government) that the file does not have. Safe with several replicas starting at once.
 */
@Component
class GovernmentTermReferenceData implements ApplicationRunner {

    static final String ACTOR = "reference-data";
    private static final Logger log = LoggerFactory.getLogger(GovernmentTermReferenceData.class);

    private final AggregateStore<GovernmentTerm> terms;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    GovernmentTermReferenceData(AggregateStore<GovernmentTerm> terms, JsonMapper jsonMapper, Clock clock) {
        this.terms = terms;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    record ReferenceFile(String source, List<GovernmentTerm> terms) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ReferenceFile file;
        try (InputStream in = new ClassPathResource("reference/government-terms.json").getInputStream()) {
            file = jsonMapper.readValue(in, ReferenceFile.class);
        }
        for (GovernmentTerm term : file.terms()) {
            if (terms.find(term.id()).isEmpty()) {
                add(term);
            }
        }
    }

    private void add(GovernmentTerm term) {
        Instant now = clock.instant();
        try {
            // Reference data is trusted as a whole, so the "follows the latest term" rule is not asked of it.
            terms.add(term.id(), term, ACTOR, now, List.of(GovernmentTerms.add(term, Optional.empty(), now)));
            log.info("Added government term {} from the reference data", term.id());
        } catch (DuplicateKeyException addedByAnotherReplica) {
            log.debug("Government term {} was added meanwhile", term.id());
        }
    }
}
