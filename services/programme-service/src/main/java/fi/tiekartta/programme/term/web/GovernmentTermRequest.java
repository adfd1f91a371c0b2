package fi.tiekartta.programme.term.web;

import fi.tiekartta.programme.term.Government;
import fi.tiekartta.programme.term.GovernmentTerm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A government term as an admin enters it: to add one (POST) or, without {@code firstYear}, to change one (PUT). */
record GovernmentTermRequest(
        @Min(1917) @Max(2200) Integer firstYear,
        @NotNull LocalDate electionDate,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 20) List<@Valid GovernmentRequest> governments) {

    record GovernmentRequest(@NotNull @Positive Integer number, @NotBlank @Size(max = 100) String primeMinister,
            @NotNull LocalDate appointed, LocalDate ended) {

        Government toGovernment() {
            return new Government(number, primeMinister.strip(), appointed, ended);
        }
    }

    GovernmentTerm toTerm(int year) {
        return new GovernmentTerm(year, electionDate, startDate, endDate,
                governments == null ? List.of() : governments.stream().map(GovernmentRequest::toGovernment).toList());
    }
}
