package fi.tiekartta.workpackage;

import fi.tiekartta.platform.aggregate.AggregateRepository;
import fi.tiekartta.platform.aggregate.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Every work package, with the queries the work package context asks of them. */
public interface WorkPackages extends AggregateRepository<WorkPackage> {

    /** The work package of the programme with this code; a code is taken once within a programme. */
    Optional<Versioned<WorkPackage>> withCode(String programmeId, String code);

    /** Those of {@code ids} that are work packages of the programme. */
    Set<String> ofProgramme(String programmeId, Collection<String> ids);

    /** One page of the work packages the filter matches, by code. */
    Page<Versioned<WorkPackage>> matching(WorkPackageFilter filter, Pageable page);
}
