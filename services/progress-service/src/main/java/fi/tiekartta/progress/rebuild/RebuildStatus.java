package fi.tiekartta.progress.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * What an operator sees of the latest rebuild.
 *
 * @param generation       the generation being built (or last built); null before the first rebuild
 * @param activeGeneration the generation that serves now
 * @param phase            where the rebuild stands
 * @param startedAt        when it started; null before the first rebuild
 * @param finishedAt       when it switched over or failed; null while it runs
 * @param caughtUp         whether every partition below is caught up
 * @param partitions       per consumer group, topic and partition: committed against end offset
 * @param error            why it failed; null otherwise
 */
public record RebuildStatus(Integer generation, int activeGeneration, RebuildPhase phase, Instant startedAt,
        Instant finishedAt, boolean caughtUp, List<PartitionProgress> partitions, String error) {

    public static RebuildStatus idle(int activeGeneration) {
        return new RebuildStatus(null, activeGeneration, RebuildPhase.IDLE, null, null, false, List.of(), null);
    }

    public boolean running() {
        return phase.running();
    }
}
