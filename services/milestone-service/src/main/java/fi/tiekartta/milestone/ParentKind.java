package fi.tiekartta.milestone;

/** What a milestone belongs to: a work package (TP1–TP7) or one of its measures. */
public enum ParentKind {
    WORK_PACKAGE, MEASURE
}
