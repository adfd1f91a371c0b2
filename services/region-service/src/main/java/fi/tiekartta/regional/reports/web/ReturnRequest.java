package fi.tiekartta.regional.reports.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Returning a report for correction: what the region should correct. */
record ReturnRequest(@NotBlank @Size(max = 2000) String comment) {
}
