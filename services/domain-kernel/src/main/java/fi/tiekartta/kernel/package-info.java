/**
 * The shared kernel: domain value types every context speaks (periods, texts in three languages, evidence
 * links, lifecycles, milestone statuses), the domain's exceptions and {@link fi.tiekartta.kernel.Decision}.
 * Plain Java; depends only on the published event contract, whose records the rules emit.
 */
package fi.tiekartta.kernel;
