package fi.tiekartta.kernel.region;

import fi.tiekartta.kernel.Text;

/**
 * An organiser of social and health services: one of the 21 wellbeing services counties or the City of Helsinki.
 *
 * @param code                Statistics Finland's code: 01–21 for the counties, 90 for Helsinki
 * @param kind                {@code WELLBEING_SERVICES_COUNTY} or {@code CITY}
 * @param bilingual           Finnish and Swedish
 * @param cooperationAreaCode the cooperation area (yhteistyöalue) it belongs to, 1–5
 * @param municipalityCount   its municipalities (2023), or null where not known
 */
public record Organiser(String code, String kind, Text names, boolean bilingual, String cooperationAreaCode,
        Integer municipalityCount) {
}
