package fi.tiekartta.milestone.parents;

/** A signal that parents were learnt: work waiting for them (imported milestones) may now go on. */
public record ParentsLearnt() {
}
