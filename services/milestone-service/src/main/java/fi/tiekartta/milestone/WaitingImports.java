package fi.tiekartta.milestone;

import java.util.List;

/** The imported milestones waiting for their work package (and measure) to be known here. */
public interface WaitingImports {

    /** Keeps it waiting, in place of one with the same id (a re-import brings the newer version). */
    void save(ImportedMilestone milestone);

    List<ImportedMilestone> all();

    void remove(String milestoneId);
}
