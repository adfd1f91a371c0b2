package fi.tiekartta.workpackage;

/** A measure is active until it is dropped, or lives on in the measures it was split or merged into. */
public enum MeasureStatus {
    ACTIVE, DROPPED, SPLIT, MERGED
}
