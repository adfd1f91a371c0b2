package fi.tiekartta.regional.reports.application;

import fi.tiekartta.regional.reports.RoundMatrix;
import fi.tiekartta.regional.rounds.RoundStatus;

/** A round's whole picture: its status, and every cell (region asked × measure in scope) with its report or none. */
public record ReportsOfRound(String roundId, RoundStatus roundStatus, RoundMatrix.Matrix matrix) {
}
