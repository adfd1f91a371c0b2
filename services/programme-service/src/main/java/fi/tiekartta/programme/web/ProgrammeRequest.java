package fi.tiekartta.programme.web;

import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.platform.web.TextRequest;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.ProgrammeLevel;
import fi.tiekartta.programme.StrategicGoal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A programme as an admin defines (POST) or revises (PUT) it. Unknown fields are rejected. */
record ProgrammeRequest(
        @NotBlank @Pattern(regexp = Programme.CODE_PATTERN, message = "must be 1-32 capital letters, digits or hyphens")
        String code,
        @NotNull @Valid TextRequest names,
        @NotNull ProgrammeLevel level,
        @NotBlank @Size(max = 100) String ownerOrganisation,
        @Valid TextRequest vision,
        @Size(max = 20) List<@Valid GoalRequest> goals,
        @Size(max = 50) List<@Valid TextRequest> themes,
        @Size(max = 10) List<@Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a term's years, e.g. 2023-2027") String> termIds,
        Lifecycle status) {

    record GoalRequest(@NotBlank @Size(max = 8) String code, @NotNull @Valid TextRequest title) {
    }

    Programme toProgramme() {
        return new Programme(code, names.toText(), level, ownerOrganisation, TextRequest.toText(vision),
                goals == null ? List.of() : goals.stream().map(goal -> new StrategicGoal(goal.code(), goal.title().toText())).toList(),
                themes == null ? List.of() : themes.stream().map(theme -> theme.toText()).toList(),
                termIds, status);
    }
}
