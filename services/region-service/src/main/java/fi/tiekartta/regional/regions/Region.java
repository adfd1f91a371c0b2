package fi.tiekartta.regional.regions;

import fi.tiekartta.kernel.Text;

/**
 * An organiser of social and health services.
 *
 * @param code                Statistics Finland's code: 01–21 for the counties, 90 for Helsinki
 * @param bilingual           Finnish and Swedish (reports may then be written in either)
 * @param cooperationAreaCode the cooperation area (yhteistyöalue) it belongs to, 1–5
 */
public record Region(String code, RegionKind kind, Text names, boolean bilingual, String cooperationAreaCode,
        Integer municipalityCount) {
}
