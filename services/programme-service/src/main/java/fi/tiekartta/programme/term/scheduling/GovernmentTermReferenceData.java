package fi.tiekartta.programme.term.scheduling;

import fi.tiekartta.programme.term.GovernmentTerm;
import fi.tiekartta.programme.term.application.GovernmentTermService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Once at start-up, hands the government terms of {@code fi/tiekartta/kernel/period/government-terms.json} to the term
 * service, which adds those not stored yet. The file is the domain kernel's reference data: a government term
 * period takes its dates from it too. A trigger like a scheduled check, so it lives with them.
 */
@Component
class GovernmentTermReferenceData implements ApplicationRunner {

    static final String ACTOR = "reference-data";
    private static final String FILE = "fi/tiekartta/kernel/period/government-terms.json";

    private final GovernmentTermService terms;
    private final JsonMapper jsonMapper;

    GovernmentTermReferenceData(GovernmentTermService terms, JsonMapper jsonMapper) {
        this.terms = terms;
        this.jsonMapper = jsonMapper;
    }

    record ReferenceFile(String source, List<GovernmentTerm> terms) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            terms.addMissingReferenceTerms(jsonMapper.readValue(in, ReferenceFile.class).terms(), ACTOR);
        }
    }
}
