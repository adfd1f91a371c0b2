package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

/**
 * How a programme relates to another one, as the roadmap document and the programme events carry it:
 * {@code type} is PART_OF (this programme is part of the other), FOLLOWS (it continues the other) or SUPPORTS
 * (it supports the other). The other programme is one of the roadmap's, named by its {@code programmeCode}, or
 * one outside it, named by {@code name} (e.g. "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"); exactly one
 * of the two is given.
 */
public record RelationData(String type, String programmeCode, LocalizedText name, BasisData basis) {
}
