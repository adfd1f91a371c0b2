package fi.tiekartta.programme.programme;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.Optional;

/** Where programmes are kept. Saving a programme also stores the events it recorded, atomically. */
public interface Programmes {

    /** Stores a newly defined programme with the events it recorded; answers it as stored. */
    Programme add(Programme programme);

    Optional<Programme> findById(ProgrammeId id);

    Page<Programme> findAll(Pageable pageable);
}
