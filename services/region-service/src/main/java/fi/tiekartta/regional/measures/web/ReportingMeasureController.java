package fi.tiekartta.regional.measures.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The measures of a programme that rounds can put in scope, as region-service has learnt them. */
@RestController
@RequestMapping("/api/reporting-measures")
class ReportingMeasureController {

    private final MeasureCatalogue measures;

    ReportingMeasureController(MeasureCatalogue measures) {
        this.measures = measures;
    }

    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    List<KnownMeasure> list(@RequestParam String programmeId) {
        return measures.ofProgramme(programmeId);
    }
}
