package fi.tiekartta.programme.web;

import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.period.PeriodValue;
import fi.tiekartta.platform.web.BasisRequest;
import fi.tiekartta.platform.web.TextRequest;
import fi.tiekartta.programme.Origin;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.ProgrammeLevel;
import fi.tiekartta.programme.ProgrammePeriods;
import fi.tiekartta.programme.Relation;
import fi.tiekartta.programme.StrategicGoal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A programme as an admin defines (POST) or revises (PUT) it. Unknown fields are rejected. {@code period} is a
 * period, canonical ({@code 2023/2025}) or Finnish ("2023–2025"); {@code origin} its place in a Government
 * Programme; {@code relations} name other programmes by code (kept by Tiekartta) or by name (outside it).
 */
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
        Lifecycle status,
        @Size(max = 100) String period,
        @Valid OriginRequest origin,
        @Size(max = Programme.MAX_RELATIONS) List<@NotNull @Valid RelationRequest> relations,
        @Valid BasisRequest basis,
        @Valid BasisRequest statusBasis) {

    record GoalRequest(@NotBlank @Size(max = 8) String code, @NotNull @Valid TextRequest title) {
    }

    record OriginRequest(
            @NotBlank @Size(max = 100) String government,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a term's years, e.g. 2019-2023") String termId,
            @Size(max = 20) String section,
            @Valid TextRequest sectionTitle,
            @Size(max = 20) String objective,
            @Valid TextRequest objectiveTitle,
            @Valid TextRequest means,
            @Valid TextRequest quote,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String url,
            @Valid BasisRequest basis) {

        Origin toOrigin() {
            return new Origin(government, termId, section, TextRequest.toText(sectionTitle), objective,
                    TextRequest.toText(objectiveTitle), TextRequest.toText(means), TextRequest.toText(quote), url,
                    BasisRequest.toBasis(basis));
        }
    }

    record RelationRequest(
            @NotNull Relation.Type type,
            @Pattern(regexp = Programme.CODE_PATTERN, message = "must be 1-32 capital letters, digits or hyphens") String programmeCode,
            @Valid TextRequest name,
            @Valid BasisRequest basis) {

        Relation toRelation() {
            return new Relation(type, programmeCode, TextRequest.toText(name), BasisRequest.toBasis(basis));
        }
    }

    Programme toProgramme() {
        return new Programme(code, names.toText(), level, ownerOrganisation, TextRequest.toText(vision),
                goals == null ? List.of() : goals.stream().map(goal -> new StrategicGoal(goal.code(), goal.title().toText())).toList(),
                themes == null ? List.of() : themes.stream().map(theme -> theme.toText()).toList(),
                termIds, status,
                period == null || period.isBlank() ? null : PeriodValue.of(ProgrammePeriods.read(period, "period")),
                origin == null ? null : origin.toOrigin(),
                relations == null ? List.of() : relations.stream().map(RelationRequest::toRelation).toList(),
                BasisRequest.toBasis(basis), BasisRequest.toBasis(statusBasis));
    }
}
