package fi.tiekartta.systemtests.matrix;

/** Which body a write is sent with: its valid one, or the invalid {@code {"code":1}}. */
enum Body {
    VALID,
    INVALID
}
