package fi.tiekartta.kernel.region;

import fi.tiekartta.kernel.ReferenceJson;
import fi.tiekartta.kernel.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 22 organisers of social and health services (the 21 wellbeing services counties, 01–21, and the City of
 * Helsinki, 90) and the five cooperation areas they form (VNa 91/2022), from the reference data
 * {@value #RESOURCE} on the classpath (sources in the file). Every service that needs them reads this one file:
 * region-service checks reports against it, progress-service lays its regional views out by it. A region that is
 * not a member of exactly its own area, or a broken file, is refused loudly.
 */
public final class Organisers {

    /** The classpath location of the reference data. */
    public static final String RESOURCE = "fi/tiekartta/kernel/region/organisers.json";

    private static final Organisers REFERENCE = load();

    private final List<Organiser> organisers;
    private final List<OrganiserArea> areas;

    private Organisers(List<Organiser> organisers, List<OrganiserArea> areas) {
        this.organisers = organisers.stream().sorted(Comparator.comparing(Organiser::code)).toList();
        this.areas = areas.stream().sorted(Comparator.comparing(OrganiserArea::code)).toList();
        Set<String> listed = new HashSet<>();
        for (OrganiserArea area : this.areas) {
            for (String member : area.memberRegionCodes()) {
                Organiser organiser = organiser(member).orElseThrow(() -> new IllegalStateException(
                        RESOURCE + ": area " + area.code() + " lists unknown region " + member));
                if (!organiser.cooperationAreaCode().equals(area.code()) || !listed.add(member)) {
                    throw new IllegalStateException(RESOURCE + ": region " + member + " must be a member of exactly its own area "
                            + organiser.cooperationAreaCode());
                }
            }
        }
        if (listed.size() != this.organisers.size()) {
            throw new IllegalStateException(RESOURCE + ": every region belongs to a cooperation area; "
                    + (this.organisers.size() - listed.size()) + " do not");
        }
    }

    /** The reference organisers and areas. */
    public static Organisers reference() {
        return REFERENCE;
    }

    /** Every organiser, by code. */
    public List<Organiser> organisers() {
        return organisers;
    }

    /** The cooperation areas, by code. */
    public List<OrganiserArea> areas() {
        return areas;
    }

    public Optional<Organiser> organiser(String code) {
        return organisers.stream().filter(organiser -> organiser.code().equals(code)).findFirst();
    }

    public Optional<OrganiserArea> area(String code) {
        return areas.stream().filter(area -> area.code().equals(code)).findFirst();
    }

    private static Organisers load() {
        try (InputStream in = Organisers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the organisers' reference data " + RESOURCE + " is missing from the classpath");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the organisers' reference data " + RESOURCE, e);
        }
    }

    /** The organisers and areas of the reference file's text. */
    static Organisers read(String json) {
        if (!(ReferenceJson.read(json, RESOURCE) instanceof Map<?, ?> file)
                || !(file.get("regions") instanceof List<?> regions) || !(file.get("cooperationAreas") instanceof List<?> areas)) {
            throw new IllegalStateException(RESOURCE + " is an object with lists \"regions\" and \"cooperationAreas\"");
        }
        List<Organiser> organisers = new ArrayList<>();
        for (Object entry : regions) {
            Map<?, ?> region = object(entry, "a region");
            organisers.add(new Organiser(string(region, "code"), string(region, "kind"), text(region.get("names")),
                    Boolean.TRUE.equals(region.get("bilingual")), string(region, "cooperationAreaCode"),
                    region.get("municipalityCount") instanceof Number count ? count.intValue() : null));
        }
        List<OrganiserArea> cooperationAreas = new ArrayList<>();
        for (Object entry : areas) {
            Map<?, ?> area = object(entry, "a cooperation area");
            List<String> members = new ArrayList<>();
            for (Object member : list(area.get("memberRegionCodes"))) {
                members.add(String.valueOf(member));
            }
            List<Text> others = new ArrayList<>();
            for (Object other : list(area.get("otherMembers"))) {
                others.add(text(other));
            }
            cooperationAreas.add(new OrganiserArea(string(area, "code"), text(area.get("names")),
                    area.get("universityHospital") instanceof String hospital ? hospital : null, List.copyOf(members),
                    List.copyOf(others)));
        }
        return new Organisers(organisers, cooperationAreas);
    }

    private static Map<?, ?> object(Object value, String what) {
        if (!(value instanceof Map<?, ?> object)) {
            throw new IllegalStateException(RESOURCE + ": " + what + " is an object, not " + value);
        }
        return object;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String string(Map<?, ?> object, String key) {
        if (!(object.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is a non-empty string in " + object);
        }
        return value;
    }

    private static Text text(Object value) {
        Map<?, ?> names = object(value, "a name");
        return new Text((String) names.get("fi"), (String) names.get("sv"), (String) names.get("en"),
                names.get("original") instanceof String original ? original : "fi");
    }
}
