/**
 * Rebuilding the whole read model from the topics while the current one keeps serving. The read model lives in
 * generations (one MongoDB database each, {@code <database>-g<N>}); a rebuild replays every topic from the
 * beginning into the next generation, then switches the service over to it. {@link RebuildStatus} is what an
 * operator sees of it; the ports say what a rebuild needs of storage ({@link ReadModelGenerations}) and of the
 * consumers ({@link Replay}, {@link ServingConsumers}). See docs/services/progress-rebuild.md.
 */
package fi.tiekartta.progress.rebuild;
