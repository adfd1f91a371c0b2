package fi.tiekartta.workpackage;

/** The five-point delivery confidence scale used for government major projects. */
public enum DeliveryConfidence {
    GREEN, AMBER_GREEN, AMBER, AMBER_RED, RED
}
