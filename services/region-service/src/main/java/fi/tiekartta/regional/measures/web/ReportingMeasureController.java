package fi.tiekartta.regional.measures.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.regional.programmes.KnownProgramme;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
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
    private final ProgrammeCatalogue programmes;

    ReportingMeasureController(MeasureCatalogue measures, ProgrammeCatalogue programmes) {
        this.measures = measures;
        this.programmes = programmes;
    }

    /** By the programme's id ({@code programmeId}) or its code ({@code programme=SHKO}); one of the two is required. */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    List<KnownMeasure> list(@RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String programme) {
        if (programmeId == null && programme == null) {
            throw new InvalidRequestException("Name the programme: programmeId (its id) or programme (its code, e.g. SHKO).");
        }
        List<String> ids = programme == null ? List.of(programmeId) : programmes.withCode(programme).stream()
                .map(KnownProgramme::programmeId).filter(id -> programmeId == null || programmeId.equals(id)).toList();
        return ids.stream().flatMap(id -> measures.ofProgramme(id).stream()).toList();
    }
}
