package fi.tiekartta.regional.reports.application;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.regional.reports.RoundMatrix;
import fi.tiekartta.regional.rounds.RoundStatus;

/**
 * A round's whole picture: its status, its programme's code, what it rests on (ILLUSTRATIVE for demo content), and
 * every cell (region asked × measure in scope) with its report or none.
 */
public record ReportsOfRound(String roundId, RoundStatus roundStatus, String programmeCode, Basis basis,
        RoundMatrix.Matrix matrix) {
}
