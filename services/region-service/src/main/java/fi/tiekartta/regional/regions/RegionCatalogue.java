package fi.tiekartta.regional.regions;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisers and cooperation areas, checked when built: every region belongs to exactly the area that
 * lists it as a member, so reports can be grouped by area without surprises.
 */
public final class RegionCatalogue {

    private final List<Region> regions;
    private final List<CooperationArea> areas;

    public RegionCatalogue(List<Region> regions, List<CooperationArea> areas) {
        this.regions = regions.stream().sorted(Comparator.comparing(Region::code)).toList();
        this.areas = areas.stream().sorted(Comparator.comparing(CooperationArea::code)).toList();
        Set<String> listed = new HashSet<>();
        for (CooperationArea area : areas) {
            for (String member : area.memberRegionCodes()) {
                Region region = region(member).orElseThrow(() -> new IllegalStateException("Area " + area.code() + " lists unknown region " + member));
                if (!region.cooperationAreaCode().equals(area.code()) || !listed.add(member)) {
                    throw new IllegalStateException("Region " + member + " must be a member of exactly its own area " + region.cooperationAreaCode());
                }
            }
        }
        if (listed.size() != regions.size()) {
            throw new IllegalStateException("Every region belongs to a cooperation area; " + (regions.size() - listed.size()) + " do not");
        }
    }

    public List<Region> regions() {
        return regions;
    }

    public List<CooperationArea> cooperationAreas() {
        return areas;
    }

    public Optional<Region> region(String code) {
        return regions.stream().filter(region -> region.code().equals(code)).findFirst();
    }

    public Optional<CooperationArea> area(String code) {
        return areas.stream().filter(area -> area.code().equals(code)).findFirst();
    }
}
