package fi.tiekartta.regional.regions;

/** Most organisers are wellbeing services counties; the City of Helsinki organises its own services. */
public enum RegionKind {
    WELLBEING_SERVICES_COUNTY, CITY
}
