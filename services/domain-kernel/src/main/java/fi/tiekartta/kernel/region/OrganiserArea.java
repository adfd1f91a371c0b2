package fi.tiekartta.kernel.region;

import fi.tiekartta.kernel.Text;

import java.util.List;

/**
 * A cooperation area (yhteistyöalue) of VNa 91/2022: its member organisers by code, its other members that are
 * not organisers (HUS-yhtymä in the southern area) and the university hospital it is built around.
 */
public record OrganiserArea(String code, Text names, String universityHospital, List<String> memberRegionCodes,
        List<Text> otherMembers) {
}
