package fi.tiekartta.progress.rebuild;

import java.util.List;

/** Builds a generation of the read model by consuming every topic from the beginning. */
public interface Replay {

    /** Starts consuming into {@code generation}, kept in {@code database}; answers when its consumers have started. */
    Running start(int generation, String database);

    /** A replay under way. */
    interface Running extends AutoCloseable {

        /** How far its consumers have come, against the partitions' end offsets now. */
        List<PartitionProgress> progress();

        /** Why records could not be applied for another reason than being invalid (they were retried first); empty if none. */
        List<String> failures();

        /** Stops its consumers and forgets their consumer groups. */
        @Override
        void close();
    }
}
