/**
 * Importing a whole roadmap (format {@code tiekartta-roadmap/v1}, JSON or YAML): programmes with their
 * work packages, measures and milestones. The import is all-or-nothing at the gate — the whole
 * document is checked against the contexts' own rules ({@link fi.tiekartta.programme.roadmapimport.RoadmapChecks})
 * and every problem listed, and a document with any problem changes nothing —
 * and idempotent: the same content is the same import. An accepted document is stored with its
 * {@code roadmap.import-accepted} event in one write; every context then applies its part from that
 * event, idempotently (see docs/adr/0007-roadmap-import-accepted-then-applied-by-each-context.md).
 */
package fi.tiekartta.programme.roadmapimport;
