package fi.tiekartta.progress.exports;

import fi.tiekartta.progress.regional.MeasureKey;
import fi.tiekartta.progress.regional.RegionalMatrix;
import fi.tiekartta.progress.regional.ReportedLevel;

import java.util.List;

/**
 * The regional matrix as tables: the matrix as on screen (one row per organiser, grouped by cooperation area, two
 * columns per measure: self-reported and verified), and the same cells one per row with everything they carry
 * (status, levels, shares, rounds, corrections), which is also what the CSV holds.
 */
final class MatrixTables {

    static final String AREA = "area";
    static final String AREA_NAME = "areaName";
    static final String ORGANISER = "organiser";
    static final String ORGANISER_NAME = "organiserName";
    static final String MEASURE = "measure";
    static final String MEASURE_TITLE = "measureTitle";
    static final String STATUS = "status";
    static final String SELF_LEVEL = "selfReportedLevel";
    static final String SELF_SHARE = "selfReportedShare";
    static final String SELF_SHARE_BASIS = "selfReportedShareBasis";
    static final String SELF_ROUND = "selfReportedRound";
    static final String VERIFIED_LEVEL = "verifiedLevel";
    static final String VERIFIED_SHARE = "verifiedShare";
    static final String VERIFIED_SHARE_BASIS = "verifiedShareBasis";
    static final String VERIFIED_ROUND = "verifiedRound";
    static final String CORRECTIONS = "corrections";
    static final String ILLUSTRATIVE = "illustrative";
    static final String LANGUAGE = "language";

    private final Vocabulary words;
    private final RegionalMatrix matrix;

    MatrixTables(Vocabulary words, RegionalMatrix matrix) {
        this.words = words;
        this.matrix = matrix;
    }

    /** One row per organiser × measure, in area, organiser and measure order. */
    Table cells() {
        Table.Builder table = new Table.Builder(words.t("Järjestäjät ja toimenpiteet", "Anordnare och åtgärder",
                "Organisers and measures"))
                .column(AREA, words.t("Yhteistyöalue", "Samarbetsområde", "Cooperation area"))
                .column(AREA_NAME, words.t("Yhteistyöalueen nimi", "Samarbetsområdets namn", "Cooperation area name"))
                .column(ORGANISER, words.t("Järjestäjä", "Anordnare", "Organiser"))
                .column(ORGANISER_NAME, words.t("Järjestäjän nimi", "Anordnarens namn", "Organiser name"))
                .column(MEASURE, words.t("Toimenpide", "Åtgärd", "Measure"))
                .column(MEASURE_TITLE, words.t("Toimenpiteen nimi", "Åtgärdens benämning", "Measure title"))
                .column(STATUS, words.t("Raportin tila", "Rapportens status", "Report status"))
                .column(SELF_LEVEL, words.t("Itse ilmoitettu taso", "Självrapporterad nivå", "Self-reported level"))
                .column(SELF_SHARE, words.t("Itse ilmoitettu osuus (%)", "Självrapporterad andel (%)", "Self-reported share (%)"))
                .column(SELF_SHARE_BASIS, words.t("Itse ilmoitetun osuuden peruste", "Grund för den självrapporterade andelen",
                        "Self-reported share of"))
                .column(SELF_ROUND, words.t("Itse ilmoitettu kierroksella", "Självrapporterad i omgången", "Self-reported in round"))
                .column(VERIFIED_LEVEL, words.t("Todennettu taso", "Verifierad nivå", "Verified level"))
                .column(VERIFIED_SHARE, words.t("Todennettu osuus (%)", "Verifierad andel (%)", "Verified share (%)"))
                .column(VERIFIED_SHARE_BASIS, words.t("Todennetun osuuden peruste", "Grund för den verifierade andelen",
                        "Verified share of"))
                .column(VERIFIED_ROUND, words.t("Todennettu kierroksella", "Verifierad i omgången", "Verified in round"))
                .column(CORRECTIONS, words.t("Korjauksia määräajan jälkeen", "Korrigeringar efter tidsfristen",
                        "Corrections after the deadline"))
                .column(ILLUSTRATIVE, words.illustrativeHeading())
                .column(LANGUAGE, words.languageHeading());
        for (RegionalMatrix.Area area : matrix.areas()) {
            String areaName = Shown.of(area.names(), words.language()).or(area.code());
            for (RegionalMatrix.Organiser organiser : area.organisers()) {
                String organiserName = Shown.of(organiser.names(), words.language()).or(organiser.code());
                for (int i = 0; i < matrix.measures().size(); i++) {
                    MeasureKey measure = matrix.measures().get(i);
                    RegionalMatrix.Cell cell = organiser.cells().get(i);
                    Shown title = Shown.of(measure.title(), words.language());
                    Table.RowBuilder row = table.row().set(AREA, area.code()).set(AREA_NAME, areaName)
                            .set(ORGANISER, organiser.code()).set(ORGANISER_NAME, organiserName)
                            .set(MEASURE, measure.code()).set(MEASURE_TITLE, title.text())
                            .set(STATUS, words.reportStatus(cell.status())).set(CORRECTIONS, cell.corrections())
                            .set(ILLUSTRATIVE, words.illustrative(illustrative(cell)))
                            .set(LANGUAGE, words.languageMark(title));
                    side(row, cell.selfReported(), SELF_LEVEL, SELF_SHARE, SELF_SHARE_BASIS, SELF_ROUND);
                    side(row, cell.verified(), VERIFIED_LEVEL, VERIFIED_SHARE, VERIFIED_SHARE_BASIS, VERIFIED_ROUND);
                }
            }
        }
        return table.build();
    }

    /** The matrix as on screen: organisers (grouped by area) × measures, self-reported and verified apart. */
    Table matrix() {
        Table.Builder table = new Table.Builder(words.t("Matriisi", "Matris", "Matrix"))
                .column(AREA_NAME, words.t("Yhteistyöalue", "Samarbetsområde", "Cooperation area"))
                .column(ORGANISER, words.t("Järjestäjä", "Anordnare", "Organiser"))
                .column(ORGANISER_NAME, words.t("Järjestäjän nimi", "Anordnarens namn", "Organiser name"));
        List<MeasureKey> measures = matrix.measures();
        for (MeasureKey measure : measures) {
            table.column(measure.measureId() + "/self", measure.code() + " " + words.t("itse ilmoitettu", "självrapporterad", "self-reported"));
            table.column(measure.measureId() + "/verified", measure.code() + " " + words.t("todennettu", "verifierad", "verified"));
        }
        table.column(ILLUSTRATIVE, words.illustrativeHeading());
        for (RegionalMatrix.Area area : matrix.areas()) {
            String areaName = area.code() + " " + Shown.of(area.names(), words.language()).or("");
            for (RegionalMatrix.Organiser organiser : area.organisers()) {
                Table.RowBuilder row = table.row().set(AREA_NAME, areaName.strip()).set(ORGANISER, organiser.code())
                        .set(ORGANISER_NAME, Shown.of(organiser.names(), words.language()).or(organiser.code()));
                boolean illustrative = false;
                for (int i = 0; i < measures.size(); i++) {
                    RegionalMatrix.Cell cell = organiser.cells().get(i);
                    illustrative |= illustrative(cell);
                    row.set(measures.get(i).measureId() + "/self", shown(cell, cell.selfReported(), true));
                    row.set(measures.get(i).measureId() + "/verified", shown(cell, cell.verified(), false));
                }
                row.set(ILLUSTRATIVE, words.illustrative(illustrative));
            }
        }
        return table.build();
    }

    /** A level with its share ("Käytössä osassa aluetta 35 % väestöstä"); where none, a missing report says so. */
    private String shown(RegionalMatrix.Cell cell, ReportedLevel level, boolean selfReported) {
        if (level == null) {
            return selfReported && ("MISSING".equals(cell.status()) || "NOT_ASKED".equals(cell.status()))
                    ? words.reportStatus(cell.status()) : null;
        }
        String text = words.level(level.level());
        if (level.share() != null) {
            text += " " + words.percent(level.share()) + (level.shareBasis() == null ? "" : " " + words.shareBasis(level.shareBasis()));
        }
        return text;
    }

    private void side(Table.RowBuilder row, ReportedLevel level, String levelKey, String shareKey, String basisKey, String roundKey) {
        if (level == null) {
            return;
        }
        row.set(levelKey, words.level(level.level())).set(shareKey, level.share())
                .set(basisKey, words.shareBasis(level.shareBasis())).set(roundKey, words.label(level.period()));
    }

    /** Whether the cell shows illustrative content: a level from an illustrative round, or a round view of one. */
    private boolean illustrative(RegionalMatrix.Cell cell) {
        if (cell.selfReported() != null || cell.verified() != null) {
            return (cell.selfReported() != null && cell.selfReported().illustrative())
                    || (cell.verified() != null && cell.verified().illustrative());
        }
        return matrix.round() != null && matrix.round().illustrative();
    }
}
