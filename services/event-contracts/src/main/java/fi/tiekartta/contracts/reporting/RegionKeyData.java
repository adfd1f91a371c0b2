package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.LocalizedText;

/** An organiser by its Statistics Finland code (e.g. {@code 09}) with its name (Päijät-Hämeen hyvinvointialue). */
public record RegionKeyData(String code, LocalizedText name) {
}
