package fi.tiekartta.regional.reports;

/** What the share of a partly implemented measure is a share of. */
public enum ShareBasis {
    POPULATION,
    MUNICIPALITIES
}
