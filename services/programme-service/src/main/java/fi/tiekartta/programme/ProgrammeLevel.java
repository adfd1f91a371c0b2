package fi.tiekartta.programme;

/** The level of government a programme is run at. */
public enum ProgrammeLevel {
    /** Run by a ministry or agency for the whole country, e.g. STM's social welfare development programme. */
    NATIONAL,
    /** Run by one of the five cooperation areas (yhteistyöalueet, VNa 91/2022). */
    COOPERATION_AREA,
    /** Run by one wellbeing services county or the City of Helsinki. */
    REGION
}
