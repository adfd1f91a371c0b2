package fi.tiekartta.progress.rebuild;

/**
 * How far a rebuild's consumer group has come in one partition: its committed offset against the partition's end
 * offset (or, once the serving consumers are paused, the end offset they paused at).
 *
 * @param committed the group's committed offset, null while it has none
 * @param caughtUp  whether {@code committed} has reached {@code end}; an empty partition is caught up without a commit
 */
public record PartitionProgress(String group, String topic, int partition, Long committed, long end, boolean caughtUp) {

    public static PartitionProgress of(String group, String topic, int partition, Long committed, long end) {
        return new PartitionProgress(group, topic, partition, committed, end,
                end == 0 || (committed != null && committed >= end));
    }
}
