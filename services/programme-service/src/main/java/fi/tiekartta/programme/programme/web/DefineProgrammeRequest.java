package fi.tiekartta.programme.programme.web;

import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.programme.ProgrammeLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The command to define a programme, as a client sends it. Unknown fields are rejected. */
record DefineProgrammeRequest(
        @NotBlank @Pattern(regexp = Programme.CODE_PATTERN, message = "must be 1-32 capital letters, digits or hyphens")
        String code,
        @NotNull @Valid NamesRequest names,
        @NotNull ProgrammeLevel level,
        @NotBlank @Size(max = 100) String ownerOrganisation) {

    /** Names in Finnish (required), Swedish and English. */
    record NamesRequest(@NotBlank @Size(max = 300) String fi, @Size(max = 300) String sv, @Size(max = 300) String en) {
    }
}
