package fi.tiekartta.regional.regions.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.regional.regions.CooperationArea;
import fi.tiekartta.regional.regions.Region;
import fi.tiekartta.regional.regions.RegionCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The organisers and cooperation areas, for every reader. */
@RestController
class RegionController {

    private final RegionCatalogue catalogue;

    RegionController(RegionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/regions")
    @PreAuthorize(Roles.CAN_READ)
    List<Region> regions() {
        return catalogue.regions();
    }

    @GetMapping("/api/regions/{code}")
    @PreAuthorize(Roles.CAN_READ)
    Region region(@PathVariable String code) {
        return catalogue.region(code).orElseThrow(() -> new ResourceNotFoundException("Region", code));
    }

    @GetMapping("/api/cooperation-areas")
    @PreAuthorize(Roles.CAN_READ)
    List<CooperationArea> cooperationAreas() {
        return catalogue.cooperationAreas();
    }

    @GetMapping("/api/cooperation-areas/{code}")
    @PreAuthorize(Roles.CAN_READ)
    CooperationArea cooperationArea(@PathVariable String code) {
        return catalogue.area(code).orElseThrow(() -> new ResourceNotFoundException("Cooperation area", code));
    }
}
