package fi.tiekartta.progress.exports;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestonePlanned;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.reporting.VerificationData;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.progress.regional.RegionalViews;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports from contract events on the embedded broker (as the roadmap's and the regional views' tests publish
 * them): a programme with two work packages, measures and milestones (one illustrative), and an illustrative closed
 * round (reported, then corrected after the close) and an open one. The CSVs are parsed back with Commons CSV, the
 * workbooks with POI.
 */
@ServiceIntegrationTest
class ExportsIntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final BasisData ILLUSTRATIVE = new BasisData("ILLUSTRATIVE", null,
            new LocalizedText("Esimerkki, ei todellista tietoa", "Exempel, inte verkliga uppgifter", "Example, not real data", "fi"));
    static final BasisData SOURCE = new BasisData("SOURCE", "[001] dia 'Työpaketit'", null);
    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    static final List<String> TERMS = List.of("2019-2023", "2023-2027");

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    RegionalViews regional;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String programmeId;
    String code;
    String tp1;
    String tp2;
    String tp11;
    String tp12;
    String closed;
    String open;

    @BeforeEach
    void publish() {
        programmeId = id();
        code = "EX-" + programmeId.substring(0, 6).toUpperCase();
        tp1 = id();
        tp2 = id();
        tp11 = id();
        tp12 = id();
        closed = id();
        open = id();

        sendData(ProgrammeEvents.CREATED, programmeId, new ProgrammeCreated(programmeId, code,
                new LocalizedText("Sosiaalihuollon kehittämisohjelma", "Utvecklingsprogrammet för socialvården", null, "fi"),
                "NATIONAL", "STM", "stm-admin", T0, null, List.of(new StrategicGoalData("I", new LocalizedText("Tavoite", null, null, "fi"))),
                List.of(), TERMS, "ACTIVE", null, null, List.of(), SOURCE, null), 0);
        sendData(WorkPackageEvents.DEFINED, tp1, new WorkPackageDefined(new WorkPackageData(tp1, programmeId, "TP1",
                new LocalizedText("Ohjaus ja tiedolla johtaminen", "Styrning och kunskapsbaserad ledning", "Steering and knowledge-based management", "fi"),
                List.of("I"), TERMS, null, "ACTIVE", List.of(), code, List.of(), SOURCE, SOURCE), "stm-admin", T0), 0);
        sendData(WorkPackageEvents.CONFIDENCE_CHANGED, tp1, new ConfidenceChanged(tp1, programmeId, "TP1", "AMBER_RED", "AMBER",
                "Lainsäädäntö viivästyy", "stm-admin", T0.plusSeconds(3600), code), 1);
        sendData(WorkPackageEvents.MEASURE_ADDED, tp1, new MeasureChanged(tp1, programmeId, List.of(
                measure(tp11, tp1, "TP1", "TP1.1", "Rakenteellinen sosiaalityö", "Strukturellt socialt arbete")), null,
                "stm-admin", T0, "TP1", code), 2);
        sendData(WorkPackageEvents.MEASURE_ADDED, tp1, new MeasureChanged(tp1, programmeId, List.of(
                measure(tp12, tp1, "TP1", "TP1.2", "Sosiaalihuollon tiedonhallinta", null)), null, "stm-admin", T0, "TP1", code), 3);
        sendData(WorkPackageEvents.DEFINED, tp2, new WorkPackageDefined(new WorkPackageData(tp2, programmeId, "TP2",
                new LocalizedText("Kehittämistoiminnan tuki", null, null, "fi"), List.of(), TERMS, null, "PLANNED", List.of(), code,
                List.of(), ILLUSTRATIVE, null), "stm-admin", T0), 0);
        planned(id(), code + "-01", tp11, "MEASURE", "TP1.1", "TP1", "Päätös työnjaosta", "2021-spring", "2021-spring", "2021-05", "ACHIEVED", SOURCE);
        planned(id(), code + "-02", tp1, "WORK_PACKAGE", "TP1", "TP1", "Ensimmäinen käyttöönotto", "2099-Q2", "2099-Q4", null, "PLANNED", SOURCE);
        planned(id(), code + "-03", tp2, "WORK_PACKAGE", "TP2", "TP2", "Esimerkkivirstanpylväs", "2098", "2098", null, "ON_TRACK", ILLUSTRATIVE);

        // the closed round: 09 partial 35 % (verified 30 %), 17 piloting, corrected to established after the close; 90 missing
        Instant deadline = now.minus(Duration.ofDays(30));
        publish(ReportingEvents.ROUND_OPENED, closed, 0, new ReportingRoundChanged(round(closed, "2026-H1", deadline, "OPEN", null),
                "stm-admin", deadline.minus(Duration.ofDays(40))));
        String p1 = id();
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(p1, closed, "09", "SUBMITTED", partial(35.0), null, 0));
        publishReport(ReportingEvents.REPORT_VERIFIED, 2, report(p1, closed, "09", "VERIFIED", partial(35.0),
                new VerificationData("PARTIAL", 30.0, "POPULATION", null, "thl-verifier", now), 0));
        String o1 = id();
        publishReport(ReportingEvents.REPORT_SUBMITTED, 1, report(o1, closed, "17", "SUBMITTED", level("PILOTING"), null, 0));
        publish(ReportingEvents.ROUND_CLOSED, closed, 1, new ReportingRoundChanged(round(closed, "2026-H1", deadline, "CLOSED", deadline),
                "system", deadline));
        publishReport(ReportingEvents.REPORT_REVISED, 2, report(o1, closed, "17", "SUBMITTED", level("ESTABLISHED"), null, 1),
                "Käyttöönotto vahvistui tammikuussa.");
        publish(ReportingEvents.ROUND_OPENED, open, 0, new ReportingRoundChanged(round(open, "2026-H2", now.plus(Duration.ofDays(30)),
                "OPEN", null), "stm-admin", now));

        await().untilAsserted(() -> mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline", hasSize(3)))
                .andExpect(jsonPath("$.workPackages[*].code", contains("TP1", "TP2")))
                .andExpect(jsonPath("$.workPackages[0].confidence.rating").value("AMBER_RED"))
                .andExpect(jsonPath("$.workPackages[0].measures", hasSize(2))));
        await().until(() -> regional.currentMatrix(code).map(matrix -> matrix.rounds().size() == 2).orElse(false)
                && regional.roundMatrix(code, closed, false).map(matrix -> matrix.areas().stream()
                .flatMap(area -> area.organisers().stream()).filter(organiser -> organiser.code().equals("17"))
                .anyMatch(organiser -> organiser.cells().get(0).corrections() == 1)).orElse(false));
    }

    @Test
    void the_roadmap_as_csv_in_finnish_has_one_row_per_work_package_measure_and_milestone() throws Exception {
        MvcResult result = mvc.perform(get("/api/progress/programmes/{code}/roadmap/export", code).param("format", "csv")
                        .with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + code + "-tiekartta-" + today() + ".csv\""))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF); // the UTF-8 byte-order mark
        List<Map<String, String>> rows = csv(body);

        assertThat(headings(body)).startsWith("Rivityyppi", "Ohjelma", "Koodi", "Työpaketti", "Toimenpide", "Nimi", "Tila")
                .contains("Lähtötaso", "Lähtötaso (koodi)", "Ennuste", "Toteutunut", "Myöhässä", "Toteutusvarmuus",
                        "Virstanpylväitä", "Saavutettu", "Toteutus, itse ilmoitettu", "Perusta", "Esimerkkiaineisto", "Tekstin kieli");
        // TP1, its measures, its milestones; then TP2 and its milestone
        assertThat(rows).extracting(row -> row.get("Rivityyppi") + " " + row.get("Koodi")).containsExactly(
                "työpaketti TP1", "toimenpide TP1.1", "toimenpide TP1.2", "virstanpylväs " + code + "-01",
                "virstanpylväs " + code + "-02", "työpaketti TP2", "virstanpylväs " + code + "-03");
        Map<String, String> tp1Row = rows.get(0);
        assertThat(tp1Row).containsEntry("Nimi", "Ohjaus ja tiedolla johtaminen").containsEntry("Tila", "käynnissä")
                .containsEntry("Toteutusvarmuus", "kelta-punainen").containsEntry("Toteutusvarmuuden perustelu", "Lainsäädäntö viivästyy")
                .containsEntry("Virstanpylväitä", "2").containsEntry("Saavutettu", "1").containsEntry("Aikataulussa", "1")
                .containsEntry("Hallituskaudet", "2019-2023, 2023-2027").containsEntry("Perusta", "lähde")
                .containsEntry("Tekstin kieli", "alkuperäinen")
                .containsEntry("Esimerkkiaineisto", "kyllä: alueellisen toteutuksen luvut ovat esimerkki, eivät todellista tietoa");
        assertThat(tp1Row.get("Seuraava virstanpylväs")).startsWith(code + "-02 (");
        assertThat(rows.get(1)).containsEntry("Työpaketti", "TP1").containsEntry("Toimenpide", "TP1.1")
                .containsEntry("Nimi", "Rakenteellinen sosiaalityö").containsEntry("Tila", "voimassa")
                .containsEntry("Järjestäjiä kysytty", "3")
                .containsEntry("Toteutus, itse ilmoitettu", "Vakiintunut koko alueella 1; Käytössä osassa aluetta 1")
                .containsEntry("Toteutus, todennettu", "Käytössä osassa aluetta 1");
        assertThat(rows.get(3)).containsEntry("Toimenpide", "TP1.1").containsEntry("Työpaketti", "TP1")
                .containsEntry("Nimi", "Päätös työnjaosta").containsEntry("Tila", "saavutettu")
                .containsEntry("Lähtötaso", "kevät 2021").containsEntry("Lähtötaso (koodi)", "2021-spring")
                .containsEntry("Myöhässä", "ei").containsEntry("Esimerkkiaineisto", "ei");
        assertThat(rows.get(5)).containsEntry("Nimi", "Kehittämistoiminnan tuki").containsEntry("Tila", "suunniteltu")
                .containsEntry("Perusta", "havainnollistava esimerkki")
                .containsEntry("Esimerkkiaineisto", "kyllä: esimerkki, ei todellista tietoa");
        assertThat(rows.get(6)).containsEntry("Esimerkkiaineisto", "kyllä: esimerkki, ei todellista tietoa")
                .containsEntry("Ennuste (koodi)", "2098");
    }

    @Test
    void the_roadmap_as_xlsx_in_swedish_has_three_sheets_and_marks_translations_and_the_fallback() throws Exception {
        byte[] body = mvc.perform(get("/api/progress/programmes/{code}/roadmap/export", code).param("format", "xlsx")
                        .param("lang", "sv").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + code + "-fardplan-" + today() + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(sheetNames(workbook)).containsExactly("Arbetspaket", "Åtgärder", "Milstolpar", "Information");
            List<Map<String, String>> workPackages = rows(workbook.getSheet("Arbetspaket"));
            assertThat(headings(workbook.getSheet("Arbetspaket"))).startsWith("Program", "Kod", "Benämning", "Status")
                    .contains("Leveranssäkerhet", "Exempeldata", "Textens språk");
            assertThat(workPackages).extracting(row -> row.get("Kod")).containsExactly("TP1", "TP2");
            assertThat(workPackages.get(0)).containsEntry("Benämning", "Styrning och kunskapsbaserad ledning")
                    .containsEntry("Textens språk", "översättning (original: finska)").containsEntry("Leveranssäkerhet", "gul-röd")
                    .containsEntry("Milstolpar", "2");
            assertThat(workPackages.get(1)).containsEntry("Benämning", "Kehittämistoiminnan tuki")
                    .containsEntry("Textens språk", "originalspråk (finska), översättning saknas")
                    .containsEntry("Exempeldata", "ja: exempel, inte verkliga uppgifter");
            // numbers are numbers
            assertThat(workbook.getSheet("Arbetspaket").getRow(1).getCell(headings(workbook.getSheet("Arbetspaket")).indexOf("Milstolpar"))
                    .getNumericCellValue()).isEqualTo(2.0);
            List<Map<String, String>> measures = rows(workbook.getSheet("Åtgärder"));
            assertThat(measures).extracting(row -> row.get("Kod")).containsExactly("TP1.1", "TP1.2");
            assertThat(measures.get(0)).containsEntry("Benämning", "Strukturellt socialt arbete").containsEntry("Arbetspaket", "TP1");
            assertThat(measures.get(1)).containsEntry("Benämning", "Sosiaalihuollon tiedonhallinta")
                    .containsEntry("Textens språk", "originalspråk (finska), översättning saknas");
            List<Map<String, String>> milestones = rows(workbook.getSheet("Milstolpar"));
            assertThat(milestones).extracting(row -> row.get("Kod")).containsExactly(code + "-01", code + "-03", code + "-02");
            assertThat(milestones.get(0)).containsEntry("Status", "uppnådd").containsEntry("Ursprunglig tidpunkt", "våren 2021");
            assertThat(rows(workbook.getSheet("Information"))).anySatisfy(row -> assertThat(row.get("Uppgift")).isEqualTo("Exempeldata"));
        }
    }

    @Test
    void milestones_in_english_have_labels_and_canonical_periods_and_follow_content_negotiation() throws Exception {
        byte[] body = mvc.perform(get("/api/progress/programmes/{code}/milestones/export", code).param("lang", "en")
                        .header("Accept", "text/csv").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + code + "-milestones-" + today() + ".csv\""))
                .andExpect(header().string("Content-Language", "en"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(headings(body)).containsExactly("Programme", "Code", "Work package", "Measure", "Title", "Baseline",
                "Baseline (canonical)", "Forecast", "Forecast (canonical)", "Actual", "Actual (canonical)", "Status", "Overdue",
                "Forecast slipped", "Government terms", "Basis", "Source", "Illustrative data", "Language of the text");
        List<Map<String, String>> rows = csv(body);
        assertThat(rows).extracting(row -> row.get("Code")).containsExactly(code + "-01", code + "-03", code + "-02");
        assertThat(rows.get(0)).containsEntry("Measure", "TP1.1").containsEntry("Work package", "TP1")
                .containsEntry("Title", "Päätös työnjaosta").containsEntry("Language of the text", "original language (Finnish), no translation")
                .containsEntry("Baseline", "spring 2021").containsEntry("Baseline (canonical)", "2021-spring")
                .containsEntry("Actual", "May 2021").containsEntry("Actual (canonical)", "2021-05").containsEntry("Status", "achieved").containsEntry("Overdue", "no")
                .containsEntry("Basis", "source").containsEntry("Source", "[001] dia 'Työpaketit'")
                .containsEntry("Illustrative data", "no");
        assertThat(rows.get(1)).containsEntry("Illustrative data", "yes: example, not real data").containsEntry("Status", "on track");
        assertThat(rows.get(2)).containsEntry("Forecast (canonical)", "2099-Q4").containsEntry("Baseline (canonical)", "2099-Q2")
                .containsEntry("Forecast slipped", "yes").containsEntry("Measure", "");

        // without format: the Accept header decides, XLSX where anything goes
        mvc.perform(get("/api/progress/programmes/{code}/milestones/export", code).header("Accept", XLSX).with(Tokens.viewer()))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX));
        mvc.perform(get("/api/progress/programmes/{code}/milestones/export", code).header("Accept", "text/html,*/*;q=0.8")
                .with(Tokens.viewer())).andExpect(status().isOk()).andExpect(content().contentType(XLSX));
        mvc.perform(get("/api/progress/programmes/{code}/milestones/export", code)
                        .header("Accept", XLSX + ";q=0.5, text/csv").with(Tokens.viewer()))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/api/progress/programmes/{code}/milestones/export", code).header("Accept", "application/json")
                        .with(Tokens.viewer()))
                .andExpect(status().isNotAcceptable());
        byte[] workbook = mvc.perform(get("/api/progress/programmes/{code}/milestones/export", code).with(Tokens.viewer()))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(sheetNames(read)).containsExactly("Virstanpylväät", "Tietoja");
            assertThat(rows(read.getSheet("Virstanpylväät")).get(0)).containsEntry("Nimi", "Päätös työnjaosta")
                    .containsEntry("Lähtötaso", "kevät 2021");
        }
    }

    @Test
    void the_regional_matrix_as_csv_and_xlsx_now_at_the_deadline_and_as_corrected() throws Exception {
        List<Map<String, String>> current = csv(mvc.perform(get("/api/progress/regional-matrix/export").param("programme", code)
                        .param("format", "csv").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + code + "-aluematriisi-" + today() + ".csv\""))
                .andReturn().getResponse().getContentAsByteArray());
        // 22 organisers × 1 measure, by cooperation area
        assertThat(current).hasSize(22);
        assertThat(current.get(0).keySet()).containsExactly("Yhteistyöalue", "Yhteistyöalueen nimi", "Järjestäjä", "Järjestäjän nimi",
                "Toimenpide", "Toimenpiteen nimi", "Raportin tila", "Itse ilmoitettu taso", "Itse ilmoitettu osuus (%)",
                "Itse ilmoitetun osuuden peruste", "Itse ilmoitettu kierroksella", "Todennettu taso", "Todennettu osuus (%)",
                "Todennetun osuuden peruste", "Todennettu kierroksella", "Korjauksia määräajan jälkeen", "Esimerkkiaineisto",
                "Tekstin kieli");
        Map<String, String> paijatHame = row(current, "09");
        assertThat(paijatHame).containsEntry("Yhteistyöalue", "1").containsEntry("Yhteistyöalueen nimi", "Etelä-Suomen yhteistyöalue")
                .containsEntry("Järjestäjän nimi", "Päijät-Hämeen hyvinvointialue").containsEntry("Toimenpide", "TP1.1")
                .containsEntry("Toimenpiteen nimi", "Rakenteellinen sosiaalityö").containsEntry("Raportin tila", "todennettu")
                .containsEntry("Itse ilmoitettu taso", "Käytössä osassa aluetta").containsEntry("Itse ilmoitettu osuus (%)", "35")
                .containsEntry("Itse ilmoitetun osuuden peruste", "väestöstä").containsEntry("Todennettu osuus (%)", "30")
                .containsEntry("Itse ilmoitettu kierroksella", "1. vuosipuolisko 2026")
                .containsEntry("Esimerkkiaineisto", "kyllä: esimerkki, ei todellista tietoa");
        assertThat(row(current, "17")).containsEntry("Itse ilmoitettu taso", "Vakiintunut koko alueella")
                .containsEntry("Korjauksia määräajan jälkeen", "1").containsEntry("Todennettu taso", "");
        assertThat(row(current, "01")).containsEntry("Raportin tila", "ei ilmoitettu").containsEntry("Esimerkkiaineisto", "ei");

        List<Map<String, String>> atDeadline = csv(mvc.perform(get("/api/progress/regional-matrix/export").param("programme", code)
                        .param("round", closed).param("view", "deadline").param("format", "csv").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + code + "-aluematriisi-2026-H1-maaraaikana-" + today() + ".csv\""))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(row(atDeadline, "17")).containsEntry("Itse ilmoitettu taso", "Pilotoinnissa").containsEntry("Raportin tila", "lähetetty");
        assertThat(row(atDeadline, "90")).containsEntry("Raportin tila", "puuttuu").containsEntry("Esimerkkiaineisto",
                "kyllä: esimerkki, ei todellista tietoa");
        assertThat(row(atDeadline, "01")).containsEntry("Raportin tila", "ei kysytty");

        byte[] body = mvc.perform(get("/api/progress/regional-matrix/export").param("programme", code).param("round", closed)
                        .param("lang", "en").header("Accept", XLSX).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + code + "-regional-matrix-2026-H1-corrected-" + today() + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(sheetNames(workbook)).containsExactly("Matrix", "Organisers and measures", "About");
            Sheet matrix = workbook.getSheet("Matrix");
            assertThat(headings(matrix)).containsExactly("Cooperation area", "Organiser", "Organiser name", "TP1.1 self-reported",
                    "TP1.1 verified", "Illustrative data");
            List<Map<String, String>> rows = rows(matrix);
            assertThat(rows).hasSize(22);
            assertThat(row(rows, "17", "Organiser")).containsEntry("TP1.1 self-reported", "Established across the region")
                    .containsEntry("TP1.1 verified", "");
            assertThat(row(rows, "09", "Organiser")).containsEntry("TP1.1 self-reported", "In use in part of the region 35% of the population")
                    .containsEntry("TP1.1 verified", "In use in part of the region 30% of the population")
                    .containsEntry("Illustrative data", "yes: example, not real data");
            assertThat(row(rows, "90", "Organiser")).containsEntry("TP1.1 self-reported", "missing");
            assertThat(row(rows, "01", "Organiser")).containsEntry("TP1.1 self-reported", "not asked");
            List<Map<String, String>> cells = rows(workbook.getSheet("Organisers and measures"));
            assertThat(row(cells, "09", "Organiser")).containsEntry("Self-reported share (%)", "35")
                    .containsEntry("Measure title", "Structural social work")
                    .containsEntry("Language of the text", "translation (original: Finnish)");
            assertThat(rows(workbook.getSheet("About"))).anySatisfy(line -> {
                assertThat(line.get("Item")).isEqualTo("Round");
                assertThat(line.get("Value")).contains("1st half of 2026").contains(closed);
            });
        }
    }

    @Test
    void the_open_data_of_a_closed_round_has_licence_provenance_and_both_views() throws Exception {
        mvc.perform(get("/api/progress/rounds/{id}/open-data", closed).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"" + code + "-2026-H1-open-data.json\""))
                .andExpect(jsonPath("$.licence.id").value("CC-BY-4.0"))
                .andExpect(jsonPath("$.licence.name").value("Creative Commons Attribution 4.0 International (CC BY 4.0)"))
                .andExpect(jsonPath("$.licence.url").value("https://creativecommons.org/licenses/by/4.0/"))
                .andExpect(jsonPath("$.licence.attribution.fi", startsWith("Lähde: Tiekartta")))
                .andExpect(jsonPath("$.provenance.publisher.name").value("Tiekartta"))
                .andExpect(jsonPath("$.provenance.publisher.programmeOwner").value("STM"))
                .andExpect(jsonPath("$.provenance.round.roundId").value(closed))
                .andExpect(jsonPath("$.provenance.round.programmeCode").value(code))
                .andExpect(jsonPath("$.provenance.round.programmeName.fi").value("Sosiaalihuollon kehittämisohjelma"))
                .andExpect(jsonPath("$.provenance.round.period.value").value("2026-H1"))
                .andExpect(jsonPath("$.provenance.round.period.label.fi").value("1. vuosipuolisko 2026"))
                .andExpect(jsonPath("$.provenance.round.deadline").isString())
                .andExpect(jsonPath("$.provenance.round.closedAt").isString())
                .andExpect(jsonPath("$.provenance.round.status").value("CLOSED"))
                .andExpect(jsonPath("$.provenance.round.basis.kind").value("ILLUSTRATIVE"))
                .andExpect(jsonPath("$.provenance.generatedAt").isString())
                .andExpect(jsonPath("$.provenance.source.service").value("progress-service"))
                .andExpect(jsonPath("$.provenance.source.topic").value(Topics.REGIONAL_REPORTING))
                .andExpect(jsonPath("$.provenance.source.endpoint").value("/api/progress/rounds/" + closed + "/open-data"))
                .andExpect(jsonPath("$.illustrative").value(true))
                .andExpect(jsonPath("$.illustrativeNote.en", startsWith("Illustrative example data")))
                .andExpect(jsonPath("$.levels[*].code", contains("NOT_STARTED", "PLANNING", "PILOTING", "PARTIAL", "ESTABLISHED")))
                .andExpect(jsonPath("$.levels[3].names.fi").value("Käytössä osassa aluetta"))
                .andExpect(jsonPath("$.measures[0].code").value("TP1.1"))
                .andExpect(jsonPath("$.measures[0].measureId").value(tp11))
                .andExpect(jsonPath("$.measures[0].title.fi").value("Rakenteellinen sosiaalityö"))
                .andExpect(jsonPath("$.organisers", hasSize(22)))
                .andExpect(jsonPath("$.organisers[?(@.code == '09')].names.fi").value(contains("Päijät-Hämeen hyvinvointialue")))
                .andExpect(jsonPath("$.organisers[?(@.code == '09')].cooperationAreaCode").value(contains("1")))
                .andExpect(jsonPath("$.cells", hasSize(22)))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '09')].atDeadline.status").value(contains("VERIFIED")))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '09')].atDeadline.selfReported.share").value(contains(35.0)))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '09')].corrected.verified.share").value(contains(30.0)))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '09')].changedAfterDeadline").value(contains(false)))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '17')].atDeadline.selfReported.level").value(contains("PILOTING")))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '17')].corrected.selfReported.level").value(contains("ESTABLISHED")))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '17')].corrections").value(contains(1)))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '17')].changedAfterDeadline").value(contains(true)))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '90')].atDeadline.status").value(contains("MISSING")))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '90')].atDeadline.selfReported").value(contains(nullValue())))
                .andExpect(jsonPath("$.cells[?(@.regionCode == '01')].corrected.status").value(contains("NOT_ASKED")));

        mvc.perform(get("/api/progress/rounds/{id}/open-data", open).with(Tokens.viewer()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/progress/rounds/{id}/open-data", id()).with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/progress/rounds/{id}/open-data", "no such round").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/rounds/{id}/open-data", closed)).andExpect(status().isUnauthorized());
    }

    @Test
    void bad_formats_and_languages_are_400_and_unknown_programmes_and_rounds_404() throws Exception {
        mvc.perform(get("/api/progress/programmes/{code}/roadmap/export", code).param("format", "pdf").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", startsWith("format: must be csv or xlsx")));
        mvc.perform(get("/api/progress/programmes/{code}/milestones/export", code).param("lang", "de").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("lang: must be fi, sv or en")));
        mvc.perform(get("/api/progress/regional-matrix/export").param("programme", code).param("lang", "xx").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/regional-matrix/export").param("programme", code).param("view", "deadline").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/regional-matrix/export").param("programme", code).param("round", closed)
                .param("view", "later").with(Tokens.viewer())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/programmes/{code}/roadmap/export", "shko").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/programmes/{code}/roadmap/export?unknown=1", code).with(Tokens.viewer()))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/progress/programmes/{code}/roadmap/export", "NO-SUCH").param("format", "csv").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/progress/programmes/{code}/milestones/export", "NO-SUCH").header("Accept", "text/csv")
                        .with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/progress/regional-matrix/export").param("programme", "NO-SUCH").with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/progress/regional-matrix/export").param("programme", code).param("round", id()).with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/progress/programmes/{code}/roadmap/export", code)).andExpect(status().isUnauthorized());
    }

    // --- reading the files ----------------------------------------------------------------------------------

    private static List<String> headings(byte[] csv) throws IOException {
        try (CSVParser parser = parser(csv)) {
            return parser.getHeaderNames();
        }
    }

    /** The CSV's rows by heading; the BOM must be there, and is not part of the first heading. */
    private static List<Map<String, String>> csv(byte[] body) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = parser(body)) {
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
        }
        return rows;
    }

    private static CSVParser parser(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()).get();
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> headings(Sheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    private static List<Map<String, String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> headings = headings(sheet);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headings.size(); c++) {
                values.put(headings.get(c), row == null || row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String organiser) {
        return row(rows, organiser, "Järjestäjä");
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String organiser, String column) {
        return rows.stream().filter(row -> organiser.equals(row.get(column))).findFirst().orElseThrow();
    }

    private static LocalDate today() {
        return FinnishTime.dateOf(Instant.now());
    }

    // --- the events (as the roadmap's and the regional views' tests publish them) ------------------------------

    private MeasureData measure(String measureId, String workPackageId, String workPackageCode, String measureCode, String fi, String sv) {
        return new MeasureData(measureId, workPackageId, programmeId, measureCode,
                new LocalizedText(fi, sv, null, "fi"), TERMS, "ACTIVE", List.of(), List.of(),
                workPackageCode, code, SOURCE);
    }

    private void planned(String milestoneId, String milestoneCode, String parentId, String kind, String parentCode,
            String workPackageCode, String title, String baseline, String forecast, String actual, String status, BasisData basis) {
        sendData(MilestoneEvents.PLANNED, milestoneId, new MilestonePlanned(milestoneId, milestoneCode, programmeId, code,
                new ParentData(kind, parentId, parentCode, workPackageCode), new LocalizedText(title, null, null, "fi"),
                period(baseline), period(forecast), period(actual), status, List.of(), basis, "stm-admin", T0), 0);
    }

    private ReportingRoundData round(String roundId, String half, Instant deadline, String status, Instant closedAt) {
        int year = Integer.parseInt(half.substring(0, 4));
        boolean first = half.endsWith("H1");
        PeriodData period = new PeriodData(half, new LocalizedText((first ? "1." : "2.") + " vuosipuolisko " + year,
                (first ? "1:a" : "2:a") + " halvåret " + year, (first ? "1st" : "2nd") + " half of " + year, null),
                LocalDate.of(year, first ? 1 : 7, 1), first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31), "HALF_YEAR");
        List<String> regions = List.of("09", "17", "90");
        return new ReportingRoundData(roundId, programmeId, code, new LocalizedText("Toimeenpanon seuranta " + half, null, null, "fi"),
                period, deadline, List.of(tp11), List.of(new MeasureKeyData(tp11, "TP1.1",
                new LocalizedText("Rakenteellinen sosiaalityö", null, "Structural social work", "fi"))),
                regions, regions.stream().map(region -> new RegionKeyData(region, new LocalizedText("Alue " + region, null, null, "fi"))).toList(),
                status, closedAt, closedAt == null ? null : "BY_HAND", ILLUSTRATIVE);
    }

    private RegionalReportData report(String reportId, String roundId, String region, String status, ReportContentData content,
            VerificationData verified, int corrections) {
        return new RegionalReportData(reportId, roundId, programmeId, code, tp11, "TP1.1", region,
                new LocalizedText("Alue " + region, null, null, "fi"), status, content, verified, "reporter-" + region, corrections,
                ILLUSTRATIVE);
    }

    private static ReportContentData level(String level) {
        return new ReportContentData(level, null, null, new LocalizedText("Kuvaus.", null, null, "fi"), List.of(), List.of());
    }

    private static ReportContentData partial(double share) {
        return new ReportContentData("PARTIAL", share, "POPULATION", new LocalizedText("Kuvaus.", null, null, "fi"), List.of(), List.of());
    }

    private void publishReport(EventContract<RegionalReportChanged> contract, long version, RegionalReportData report) {
        publishReport(contract, version, report, null);
    }

    private void publishReport(EventContract<RegionalReportChanged> contract, long version, RegionalReportData report, String comment) {
        publish(contract, report.reportId(), version, new RegionalReportChanged(report, comment, "someone", now));
    }

    private <T> void publish(EventContract<T> contract, String key, long version, T data) {
        kafka.send(new ProducerRecord<>(Topics.REGIONAL_REPORTING, key, TestEvents.of(contract, key, version, now, eventJson.write(data))))
                .join();
    }

    private <T> void sendData(EventContract<T> contract, String aggregateId, T data, long version) {
        kafka.send(new ProducerRecord<>(contract.topic(), aggregateId,
                TestEvents.of(contract, aggregateId, version, T0, eventJson.write(data)))).join();
    }

    private static PeriodData period(String canonical) {
        return canonical == null ? null : Period.parse(canonical).toData();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
