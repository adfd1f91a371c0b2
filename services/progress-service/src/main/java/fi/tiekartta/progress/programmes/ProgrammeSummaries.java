package fi.tiekartta.progress.programmes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.Optional;

/** The programme summaries of the read model, as its readers ask for them. */
public interface ProgrammeSummaries {

    /** Every summary, in the order of the programmes' codes. */
    Page<ProgrammeSummary> inCodeOrder(Pageable page);

    Optional<ProgrammeSummary> find(String programmeId);
}
