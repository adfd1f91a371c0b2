package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.LocalizedText;

/** A strategic goal of a programme as events carry it, e.g. code {@code I} with its title. */
public record StrategicGoalData(String code, LocalizedText title) {
}
