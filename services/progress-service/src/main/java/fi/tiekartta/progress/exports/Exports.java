package fi.tiekartta.progress.exports;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.progress.regional.MeasureKey;
import fi.tiekartta.progress.regional.RegionalMatrix;
import fi.tiekartta.progress.regional.RegionalViews;
import fi.tiekartta.progress.regional.ReportedLevel;
import fi.tiekartta.progress.regional.RoundKey;
import fi.tiekartta.progress.roadmap.ProgrammeRoadmap;
import fi.tiekartta.progress.roadmap.RoadmapDocuments;
import fi.tiekartta.progress.roadmap.RoadmapProgramme;
import fi.tiekartta.progress.roadmap.Roadmaps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the exports from the roadmap's and the regional views' ports, read-only: each export is the view it shows
 * (the same few queries), laid out as tables in one language, or, for a closed round, its open data.
 */
public final class Exports {

    /** The service the data comes from, as the open data names it. */
    public static final String SERVICE = "progress-service";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Roadmaps roadmaps;
    private final RoadmapDocuments roadmapDocuments;
    private final RegionalViews regional;
    private final Publisher publisher;

    /** Who publishes the open data: a name and, optionally, a web address. */
    public record Publisher(String name, String url) {
        public Publisher {
            Objects.requireNonNull(name, "name");
        }
    }

    public Exports(Roadmaps roadmaps, RoadmapDocuments roadmapDocuments, RegionalViews regional, Publisher publisher) {
        this.roadmaps = Objects.requireNonNull(roadmaps, "roadmaps");
        this.roadmapDocuments = Objects.requireNonNull(roadmapDocuments, "roadmapDocuments");
        this.regional = Objects.requireNonNull(regional, "regional");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    // ------------------------------------------------------------------------------------------ the roadmap

    /**
     * The national roadmap of a programme on the day: work packages, measures and milestones as three sheets, and as
     * one table with a row type for a CSV. Empty for an unknown programme.
     */
    public Optional<Export> roadmap(String programmeCode, Language language, LocalDate day, Instant now) {
        return roadmaps.roadmap(programmeCode, day).map(roadmap -> {
            Vocabulary words = new Vocabulary(language);
            RoadmapTables tables = new RoadmapTables(words, roadmap, regionalIllustrative(roadmap));
            Table about = about(words, words.t("Ohjelman kansallinen tiekartta", "Programmets nationella färdplan",
                    "The national roadmap of the programme"), roadmap.programme().code() + " " + tables.programmeName(),
                    List.of(), day, now, "/api/progress/programmes/" + programmeCode + "/roadmap/export");
            return new Export(fileName(programmeCode, words.t("tiekartta", "fardplan", "roadmap"), day), language,
                    List.of(tables.workPackages(), tables.measures(), tables.milestones(), about), tables.all(), about);
        });
    }

    /** The milestones of a programme on the day, earliest forecast first. Empty for an unknown programme. */
    public Optional<Export> milestones(String programmeCode, Language language, LocalDate day, Instant now) {
        return roadmaps.roadmap(programmeCode, day).map(roadmap -> {
            Vocabulary words = new Vocabulary(language);
            RoadmapTables tables = new RoadmapTables(words, roadmap, false);
            Table milestones = tables.milestones();
            Table about = about(words, words.t("Ohjelman virstanpylväät", "Programmets milstolpar", "The programme's milestones"),
                    roadmap.programme().code() + " " + tables.programmeName(), List.of(), day, now,
                    "/api/progress/programmes/" + programmeCode + "/milestones/export");
            return new Export(fileName(programmeCode, words.t("virstanpylvaat", "milstolpar", "milestones"), day), language,
                    List.of(milestones, about), milestones, about);
        });
    }

    private boolean regionalIllustrative(ProgrammeRoadmap roadmap) {
        boolean anyCoverage = roadmap.workPackages().stream().anyMatch(workPackage -> workPackage.coverage() != null);
        return anyCoverage && regional.currentMatrix(roadmap.programme().code()).map(RegionalMatrix::illustrative).orElse(false);
    }

    // ------------------------------------------------------------------------------------------ the matrix

    /**
     * The regional matrix of a programme: the current state ({@code roundId} null), or one round as reported at its
     * deadline or as corrected. Empty for a programme without rounds, or a round that is not the programme's.
     */
    public Optional<Export> matrix(String programmeCode, String roundId, boolean atDeadline, Language language, LocalDate day,
            Instant now) {
        Optional<RegionalMatrix> found = roundId == null ? regional.currentMatrix(programmeCode)
                : regional.roundMatrix(programmeCode, roundId, atDeadline);
        return found.map(matrix -> {
            Vocabulary words = new Vocabulary(language);
            MatrixTables tables = new MatrixTables(words, matrix);
            List<String[]> lines = new ArrayList<>();
            String view;
            String suffix;
            if (matrix.round() == null) {
                view = words.t("nykytila: kunkin solun viimeisin ilmoitettu taso kierroksista riippumatta",
                        "nuläge: varje cells senast rapporterade nivå oavsett omgång",
                        "current state: each cell's latest level, whichever round it comes from");
                suffix = "";
            } else {
                RoundKey round = matrix.round();
                view = atDeadline ? words.t("kierros sellaisena kuin se oli määräaikana", "omgången som den var vid tidsfristen",
                        "the round as reported at its deadline")
                        : words.t("kierros korjauksineen", "omgången med korrigeringar", "the round as corrected");
                lines.add(new String[] {words.t("Kierros", "Omgång", "Round"), roundText(words, round)});
                lines.add(new String[] {words.t("Määräaika", "Tidsfrist", "Deadline"), time(round.deadline())});
                lines.add(new String[] {words.t("Kierroksen tila", "Omgångens status", "Round status"),
                        "CLOSED".equals(round.status()) ? words.t("suljettu", "stängd", "closed") + " " + time(round.closedAt())
                                : words.t("avoinna", "öppen", "open")});
                suffix = "-" + (round.period() == null ? round.roundId() : round.period().value()) + "-"
                        + (atDeadline ? words.t("maaraaikana", "vid-tidsfristen", "at-deadline")
                        : words.t("korjattu", "korrigerad", "corrected"));
            }
            lines.add(0, new String[] {words.t("Näkymä", "Vy", "View"), view});
            lines.add(new String[] {words.t("Taso ja osuus", "Nivå och andel", "Level and share"),
                    words.t("Itse ilmoitettu ja todennettu taso ovat omissa sarakkeissaan; osuus (%) vain tasolla \"Käytössä osassa aluetta\".",
                            "Självrapporterad och verifierad nivå står i egna kolumner; andel (%) endast för nivån \"I bruk i en del av området\".",
                            "Self-reported and verified levels are in columns of their own; a share (%) only for \"In use in part of the region\".")});
            Table about = about(words, words.t("Alueellinen toteutusmatriisi", "Regional genomförandematris", "Regional implementation matrix"),
                    matrix.programmeCode(), lines, day, now, "/api/progress/regional-matrix/export");
            return new Export(fileName(matrix.programmeCode(), words.t("aluematriisi", "regional-matris", "regional-matrix") + suffix, day),
                    language, List.of(tables.matrix(), tables.cells(), about), tables.cells(), about);
        });
    }

    private String roundText(Vocabulary words, RoundKey round) {
        String title = Shown.of(round.title(), words.language()).or(round.roundId());
        String period = words.label(round.period());
        return title + (period == null ? "" : " (" + period + ")") + ", id " + round.roundId();
    }

    // ------------------------------------------------------------------------------------------ open data

    /**
     * The open data of a closed round: empty for an unknown round, {@link OpenDataAnswer.NotClosed} for one that is
     * still open.
     */
    public Optional<OpenDataAnswer> openData(String roundId, Instant now) {
        Optional<RegionalMatrix> corrected = regional.roundMatrix(null, roundId, false);
        if (corrected.isEmpty()) {
            return Optional.empty();
        }
        RoundKey round = corrected.get().round();
        if (!"CLOSED".equals(round.status())) {
            return Optional.of(new OpenDataAnswer.NotClosed(round));
        }
        RegionalMatrix atDeadline = regional.roundMatrix(null, roundId, true).orElseThrow();
        Optional<RoadmapProgramme> programme = round.programmeCode() == null ? Optional.empty()
                : roadmapDocuments.programmeByCode(round.programmeCode());
        RoundOpenData data = new RoundOpenData(
                new LocalizedText("Alueellisen toteutuksen raportointikierros " + round.programmeCode() + " " + period(round),
                        "Rapporteringsomgång om det regionala genomförandet " + round.programmeCode() + " " + period(round),
                        "Regional implementation reporting round " + round.programmeCode() + " " + period(round), null),
                new RoundOpenData.Licence("CC-BY-4.0", "Creative Commons Attribution 4.0 International (CC BY 4.0)",
                        "https://creativecommons.org/licenses/by/4.0/",
                        new LocalizedText("Lähde: " + attributed() + ", " + round.programmeCode() + " " + period(round),
                                "Källa: " + attributed() + ", " + round.programmeCode() + " " + period(round),
                                "Source: " + attributed() + ", " + round.programmeCode() + " " + period(round), null)),
                new RoundOpenData.Provenance(
                        new RoundOpenData.Publisher(publisher.name(), publisher.url(),
                                programme.map(RoadmapProgramme::ownerOrganisation).orElse(null)),
                        new RoundOpenData.Round(round.roundId(), round.programmeCode(),
                                programme.map(RoadmapProgramme::names).orElse(null), round.title(), round.period(),
                                round.deadline(), round.status(), round.closedAt(), round.closeReason(), round.basis()),
                        now,
                        new RoundOpenData.Source(SERVICE, "/api/progress/rounds/" + round.roundId() + "/open-data",
                                Topics.REGIONAL_REPORTING, new LocalizedText(
                                "Tiekartan yhteinen tilannekuva (progress-service) region-service-palvelun julkaisemista raportointitapahtumista. "
                                        + "atDeadline: raportit sellaisina kuin ne olivat kierroksen määräaikana; corrected: "
                                        + "kierroksen sulkemisen jälkeen kirjatut korjaukset mukaan lukien.",
                                "Tiekartans gemensamma lägesbild (progress-service) av rapporteringshändelserna som region-tjänsten publicerar. "
                                        + "atDeadline: rapporterna som de var vid omgångens tidsfrist; corrected: inklusive korrigeringar "
                                        + "registrerade efter att omgången stängdes.",
                                "Tiekartta's shared picture (progress-service), projected from the reporting events region-service publishes. "
                                        + "atDeadline: the reports as they stood at the round's deadline; corrected: including the "
                                        + "corrections recorded after the round was closed.", "en"))),
                round.illustrative(),
                round.illustrative() ? new LocalizedText("Havainnollistava esimerkkiaineisto: ei todellista tietoa, älä käytä päätöksentekoon.",
                        "Illustrativa exempeldata: inte verkliga uppgifter, använd inte som beslutsunderlag.",
                        "Illustrative example data: not real data, do not use it for decisions.", null) : null,
                scale(),
                corrected.get().measures().stream().map(measure -> new RoundOpenData.Measure(measure.measureId(), measure.code(),
                        measure.title())).toList(),
                corrected.get().areas().stream().flatMap(area -> area.organisers().stream().map(organiser ->
                        new RoundOpenData.Organiser(organiser.code(), organiser.names(), area.code(), area.names()))).toList(),
                cells(atDeadline, corrected.get()));
        String fileName = (round.programmeCode() == null ? "round" : round.programmeCode()) + "-"
                + (round.period() == null ? round.roundId() : round.period().value()) + "-open-data";
        return Optional.of(new OpenDataAnswer.Published(data, fileName));
    }

    /** The publisher as attributed: "Tiekartta", or "<publisher> / Tiekartta". */
    private String attributed() {
        return "Tiekartta".equals(publisher.name()) ? "Tiekartta" : publisher.name() + " / Tiekartta";
    }

    private static String period(RoundKey round) {
        PeriodData period = round.period();
        return period == null ? round.roundId() : period.value();
    }

    private static List<RoundOpenData.ScaleLevel> scale() {
        List<RoundOpenData.ScaleLevel> levels = new ArrayList<>();
        for (String level : List.of("NOT_STARTED", "PLANNING", "PILOTING", "PARTIAL", "ESTABLISHED")) {
            levels.add(new RoundOpenData.ScaleLevel(level, new LocalizedText(new Vocabulary(Language.FI).level(level),
                    new Vocabulary(Language.SV).level(level), new Vocabulary(Language.EN).level(level), null)));
        }
        return levels;
    }

    private static List<RoundOpenData.Cell> cells(RegionalMatrix atDeadline, RegionalMatrix corrected) {
        List<RoundOpenData.Cell> cells = new ArrayList<>();
        List<RegionalMatrix.Organiser> before = atDeadline.areas().stream().flatMap(area -> area.organisers().stream()).toList();
        List<RegionalMatrix.Organiser> after = corrected.areas().stream().flatMap(area -> area.organisers().stream()).toList();
        for (int o = 0; o < after.size(); o++) {
            RegionalMatrix.Organiser organiser = after.get(o);
            for (int m = 0; m < corrected.measures().size(); m++) {
                MeasureKey measure = corrected.measures().get(m);
                RegionalMatrix.Cell now = organiser.cells().get(m);
                RegionalMatrix.Cell then = before.get(o).cells().get(m);
                RoundOpenData.Side deadlineSide = side(then);
                RoundOpenData.Side correctedSide = side(now);
                cells.add(new RoundOpenData.Cell(organiser.code(), measure.measureId(), measure.code(), deadlineSide,
                        correctedSide, now.corrections(), !deadlineSide.equals(correctedSide)));
            }
        }
        return cells;
    }

    private static RoundOpenData.Side side(RegionalMatrix.Cell cell) {
        return new RoundOpenData.Side(cell.status(), level(cell.selfReported()), level(cell.verified()));
    }

    private static RoundOpenData.Level level(ReportedLevel level) {
        return level == null ? null : new RoundOpenData.Level(level.level(), level.share(), level.shareBasis());
    }

    // ------------------------------------------------------------------------------------------ common

    /** The information sheet: what the export is, for what, when, the language rule and the marks. */
    private static Table about(Vocabulary words, String what, String subject, List<String[]> lines, LocalDate day, Instant now,
            String endpoint) {
        Table.Builder table = new Table.Builder(words.t("Tietoja", "Information", "About"))
                .column("item", words.t("Tieto", "Uppgift", "Item"))
                .column("value", words.t("Arvo", "Värde", "Value"));
        table.row().set("item", words.t("Aineisto", "Data", "Data")).set("value", what);
        table.row().set("item", words.t("Ohjelma", "Program", "Programme")).set("value", subject);
        lines.forEach(line -> table.row().set("item", line[0]).set("value", line[1]));
        table.row().set("item", words.t("Tilanne päivänä", "Läget den", "As of")).set("value", day.toString());
        table.row().set("item", words.t("Muodostettu", "Skapad", "Generated at"))
                .set("value", time(now) + " " + words.t("(Suomen aikaa)", "(finsk tid)", "(Finnish time)"));
        table.row().set("item", words.t("Kieli", "Språk", "Language")).set("value", words.language().code() + ": "
                + words.t("Tekstit näytetään valitulla kielellä. Jos käännöstä ei ole, teksti näytetään alkuperäisellä kielellään. "
                        + "Sarake \"Tekstin kieli\" kertoo, onko nimi alkuperäinen, Tiekartan käännös vai alkuperäiskielinen, koska käännös puuttuu.",
                "Texterna visas på det valda språket. Saknas en översättning visas texten på originalspråket. "
                        + "Kolumnen \"Textens språk\" anger om benämningen är original, Tiekartans översättning eller på originalspråket eftersom översättning saknas.",
                "Texts are shown in the chosen language. Where there is no translation, a text is shown in its original language. "
                        + "The column \"Language of the text\" says whether a title is the original, Tiekartta's translation, or in its original language for want of a translation."));
        table.row().set("item", words.illustrativeHeading()).set("value", words.t(
                "Rivit, joiden sarakkeessa \"Esimerkkiaineisto\" lukee \"kyllä\", ovat havainnollistavaa esimerkkiaineistoa (perusta ILLUSTRATIVE): ne eivät ole todellista tietoa.",
                "Rader med \"ja\" i kolumnen \"Exempeldata\" är illustrativa exempel (grund ILLUSTRATIVE): de är inte verkliga uppgifter.",
                "Rows that say \"yes\" in the column \"Illustrative data\" are illustrative example content (basis ILLUSTRATIVE): they are not real data."));
        table.row().set("item", words.t("Lähde", "Källa", "Source")).set("value", "Tiekartta, " + SERVICE + ", " + endpoint);
        return table.build();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, FinnishTime.ZONE).format(MINUTES);
    }

    private static String fileName(String programmeCode, String what, LocalDate day) {
        return (programmeCode + "-" + what + "-" + day).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
