package fi.tiekartta.workpackage.web;

import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.platform.web.BasisRequest;
import fi.tiekartta.platform.web.TextRequest;
import fi.tiekartta.workpackage.DeliveryConfidence;
import fi.tiekartta.workpackage.NewMeasure;
import fi.tiekartta.workpackage.Note;
import fi.tiekartta.workpackage.WorkPackage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The commands of the work package API as clients send them. Unknown fields are rejected. */
final class WorkPackageRequests {

    private static final String CODE = "[A-Z0-9][A-Z0-9.-]{0,15}";
    private static final String CODE_MESSAGE = "must be a short code of capitals, digits, dots or hyphens, e.g. TP3 or TP3.2";
    private static final String TERM = "\\d{4}-\\d{4}";

    private WorkPackageRequests() {
    }

    /**
     * The checks of a whole work package replaced by {@code PUT}, on top of those of a new one: a field left out of
     * a replacement is not "unchanged" but gone, so what a work package must keep has to be sent again. The owner is
     * optional in a new work package (an imported one may not name one yet), but a replacement that left it out
     * would silently clear it.
     */
    interface Revision {
    }

    record WorkPackageRequest(
            @NotBlank String programmeId,
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotNull @Valid TextRequest title,
            @Size(max = 10) List<@NotBlank String> goalCodes,
            @Size(max = 10) List<@Pattern(regexp = TERM, message = "must be a term's years, e.g. 2023-2027") String> termIds,
            @NotBlank(groups = Revision.class, message = "must be given when a work package is replaced (PUT)")
            @Size(max = 100) String owner,
            Lifecycle status,
            @Size(max = 20) List<@NotBlank String> dependsOn,
            @Size(max = WorkPackage.MAX_NOTES) List<@NotNull @Valid NoteRequest> notes,
            @Valid BasisRequest basis,
            @Valid BasisRequest statusBasis) {

        WorkPackage toDefinition() {
            return new WorkPackage(programmeId, code, title.toText(), goalCodes, termIds, owner, status, dependsOn, List.of(),
                    List.of(), null, notes == null ? List.of() : notes.stream().map(NoteRequest::toNote).toList(),
                    BasisRequest.toBasis(basis), BasisRequest.toBasis(statusBasis));
        }
    }

    /** A note on a work package, e.g. "TP2 sisältää 2022 alkavaa toimintaa", with what it rests on. */
    record NoteRequest(@NotNull @Valid TextRequest text, @Valid BasisRequest basis) {

        Note toNote() {
            return new Note(text.toText(), BasisRequest.toBasis(basis));
        }
    }

    record ConfidenceRequest(@NotNull DeliveryConfidence rating, @NotBlank @Size(max = 2000) String rationale) {
    }

    record MeasureRequest(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotNull @Valid TextRequest title,
            @Size(max = 10) List<@Pattern(regexp = TERM, message = "must be a term's years, e.g. 2023-2027") String> termIds,
            @Valid BasisRequest basis) {

        /** A new measure gets a new stable id; a revised one keeps the id given. */
        NewMeasure toNewMeasure() {
            return toMeasure(UUID.randomUUID().toString());
        }

        NewMeasure toMeasure(String id) {
            return new NewMeasure(id, code, title.toText(), termIds, BasisRequest.toBasis(basis));
        }
    }

    record SplitRequest(@NotNull @Size(min = 2, max = 10) List<@NotNull @Valid MeasureRequest> into, @Size(max = 2000) String reason) {
    }

    record MergeRequest(@NotNull @Size(min = 2, max = 10) List<@NotBlank String> measureIds, @NotNull @Valid MeasureRequest into,
            @Size(max = 2000) String reason) {
    }

    record DropRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
