/**
 * The programme context: national, cooperation-area and regional development programmes, what a ministry, a
 * cooperation area or a welfare region sets out to develop. This package is the programme's domain in plain
 * Java: {@link fi.tiekartta.programme.Programme}, its rules {@link fi.tiekartta.programme.ProgrammeRules} and
 * the port {@link fi.tiekartta.programme.Programmes}. {@code application} runs its commands, {@code web} is
 * the HTTP adapter and {@code persistence} keeps every revision and the events with the programme. The
 * feature packages {@code term} (government terms) and {@code roadmapimport} have the same shape.
 */
package fi.tiekartta.programme;
