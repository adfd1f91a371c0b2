package fi.tiekartta.programme.programme.web;

import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.programme.ProgrammeLevel;
import fi.tiekartta.programme.programme.ProgrammeStatus;
import fi.tiekartta.programme.programme.StrategicGoal;
import fi.tiekartta.programme.programme.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
        ProgrammeStatus status) {

    /** A text in fi/sv/en; {@code original} is the language it was written in (default fi), the others are translations. */
    record TextRequest(@Size(max = 2000) String fi, @Size(max = 2000) String sv, @Size(max = 2000) String en,
            @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String original) {

        /** Named in a validation error as {@code <field>.writtenInOriginal}. */
        @AssertTrue(message = "must have the text in its original language (fi unless original says otherwise)")
        boolean isWrittenInOriginal() {
            String text = switch (original == null ? "fi" : original) {
                case "sv" -> sv;
                case "en" -> en;
                default -> fi;
            };
            return text != null && !text.isBlank();
        }

        Text toText() {
            return new Text(fi, sv, en, original);
        }
    }

    record GoalRequest(@NotBlank @Size(max = 8) String code, @NotNull @Valid TextRequest title) {
    }

    Programme toProgramme() {
        return new Programme(code, names.toText(), level, ownerOrganisation, vision == null ? null : vision.toText(),
                goals == null ? List.of() : goals.stream().map(goal -> new StrategicGoal(goal.code(), goal.title().toText())).toList(),
                themes == null ? List.of() : themes.stream().map(TextRequest::toText).toList(),
                termIds, status);
    }
}
