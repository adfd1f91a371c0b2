package fi.tiekartta.web.roadmap;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ProgressApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static fi.tiekartta.web.roadmap.ReadFixtures.json;
import static fi.tiekartta.web.roadmap.ReadFixtures.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The national roadmap, the work package and the measure pages, on the views' answers captured from the dev stack. */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgressApi progress;

    @BeforeEach
    void views() {
        when(progress.programmes()).thenReturn(json("programmes.json"));
        when(progress.roadmap(eq("SHKO"), any())).thenReturn(json("roadmap-SHKO.json"));
        when(progress.regionalMatrix(eq("SHKO"), isNull(), isNull(), any())).thenReturn(json("matrix-SHKO.json"));
        when(progress.workPackage(eq("SHKO"), eq("TP6"), any())).thenReturn(json("work-package-SHKO-TP6.json"));
    }

    private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        return mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFrontPageShowsShkosWorkPackagesAsCardsWithConfidenceInWordAndSymbol() throws Exception {
        String html = page("/", SignedIn.viewer());
        assertThat(html).contains("<h1 id=\"page-heading\"><span><span>Sosiaalihuollon kehittämisohjelma</span></span> <span class=\"code\">(SHKO)</span></h1>");
        for (String code : List.of("TP1", "TP2", "TP3", "TP4", "TP5", "TP6", "TP7", "VALM")) {
            assertThat(html).contains("id=\"wp-" + code + "\"");
        }
        String tp3 = part(html, "id=\"wp-TP3\"", "id=\"wp-TP4\"");
        assertThat(tp3).contains("data-rating=\"AMBER_RED\"").contains("◕").contains("kelta-punainen")
                .contains("Lainsäädäntöuudistus siirtyy").contains("arvioitu 21.11.2026");
        String tp1 = part(html, "id=\"wp-TP1\"", "id=\"wp-TP2\"");
        assertThat(tp1).contains("ei arvioitu").contains("1 virstanpylvästä").contains("aikataulussa: 1")
                .contains("SHKO-TP1-01");
        String tp6 = part(html, "id=\"wp-TP6\"", "id=\"wp-TP7\"");
        assertThat(tp6).contains("2 toimenpidettä, 44 järjestäjän ja toimenpiteen paria kysytty")
                .contains("Esimerkki: alueellisen toteutuksen luvut ovat esimerkkiaineistoa");
        // TP6's coverage: organisers at each level, self-reported then verified (the view's counts, level by level)
        assertThat(part(tp6, "Käytössä osassa aluetta", "</tr>").replaceAll("\\s+", ""))
                .contains("<tdclass=\"number\">4</td><tdclass=\"number\">3</td>");
        assertThat(part(tp6, "Pilotoinnissa", "</tr>").replaceAll("\\s+", ""))
                .contains("<tdclass=\"number\">2</td><tdclass=\"number\">3</td>");
        assertThat(html).contains("id=\"illustrative-banner\"");
        assertThat(html).contains("data-live-stream=\"/api/progress/stream?programme=SHKO\"");
    }

    @Test
    void theTimelineDrawsASeasonAsASpanAnOpenEndedPeriodWithAnArrowAndHasTheTableBesideIt() throws Exception {
        String html = page("/", SignedIn.viewer());
        assertThat(html).contains("role=\"img\"").contains("<title id=\"roadmap-timeline-title\">");
        String achievedInSpring = part(html, "data-code=\"SHKO-VALM-11\"", "</g>");
        assertThat(achievedInSpring)
                .contains("data-lane=\"forecast\" data-shape=\"span\" data-precision=\"SEASON\"")
                .contains("data-lane=\"actual\" data-shape=\"span\" data-precision=\"SEASON\"")
                .doesNotContain("data-shape=\"point\"");
        assertThat(part(html, "data-code=\"SHKO-VALM-16\"", "</g>")).contains("data-shape=\"arrow\"");
        assertThat(html).contains("data-term=\"2019-2023\"").contains("data-term=\"2023-2027\"").contains("data-term=\"2027-2031\"");
        assertThat(html).contains("href=\"/programmes/SHKO/work-packages/TP3\"");
        String row = part(html, "data-milestone=\"SHKO-VALM-11\"", "</tr>");
        assertThat(row).contains("kevät 2023").contains("saavutettu");
    }

    @Test
    void inSwedishTheHeadingsAreSwedishAndFinnishOnlyTextsAreMarkedWithTheirLanguage() throws Exception {
        String html = mvc.perform(get("/").param("lang", "sv").with(SignedIn.viewer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"sv\"").contains(">Arbetspaket</h2>").contains(">Tidslinje över regeringsperioderna</h2>")
                .contains("gul-röd");
        assertThat(part(html, "id=\"wp-TP3\"", "</h3>")).contains("Stöd för reformen av servicestrukturen").contains("(Tiekarttas översättning)");
        assertThat(part(html, "id=\"goals-heading\"", "</ol>")).contains("<span lang=\"fi\"><span>Kansallisen sosiaalihuollon kehittämisohjelman")
                .contains("(på finska, finns inte på det valda språket)");
        assertThat(html).contains("/api/progress/programmes/SHKO/roadmap/export?format=csv&amp;lang=sv");
    }

    @Test
    void anUnknownProgrammeIsNotFound() throws Exception {
        when(progress.roadmap(eq("NOPE"), any())).thenThrow(new ApiProblem(404, "Not found", "Programme NOPE does not exist.", List.of()));
        mvc.perform(get("/programmes/NOPE").with(SignedIn.viewer())).andExpect(status().isNotFound());
    }

    @Test
    void asOfAPastDayAsksTheViewForThatDayAndSaysSo() throws Exception {
        String html = page("/?asOf=2026-11-01", SignedIn.viewer());
        verify(progress).roadmap("SHKO", "2026-11-01");
        assertThat(html).contains("Tilanne 1.11.2026").contains("value=\"2026-11-01\"");
    }

    @Test
    void aDayWithoutDataSaysSoInsteadOfPageNotFound() throws Exception {
        when(progress.roadmap("SHKO", "2020-01-01")).thenThrow(new ApiProblem(404, "Not found",
                "No data as of 2020-01-01T21:59:59.999Z (2020-01-01): Programme SHKO has no recorded state before its first event.", List.of()));
        String html = mvc.perform(get("/").param("asOf", "2020-01-01").with(SignedIn.viewer())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"no-data-as-of\"").contains("1.1.2020");
    }

    @Test
    void aFutureOrMalformedDayShowsTodayAndSaysWhy() throws Exception {
        String html = page("/?asOf=2999-01-01", SignedIn.viewer());
        verify(progress).roadmap("SHKO", null);
        assertThat(html).contains("id=\"as-of-rejected\"");
    }

    @Test
    void theWorkPackagePageShowsMeasuresMilestonesConfidenceHistoryAndTheRegionByMeasureTable() throws Exception {
        String html = page("/programmes/SHKO/work-packages/TP6", SignedIn.viewer());
        assertThat(html).contains("id=\"measures\"").contains("data-measure=\"TP6.1\"").contains("id=\"confidence-history\"")
                .contains("Alueiden raportointi viivästyy").contains("id=\"implementation\"");
        String cell = part(html, "data-region=\"09\"", "</tr>");
        assertThat(cell).contains("side--selfReported").contains("side--verified").contains("I kierros 2026-H2, T kierros 2026-H1");
        assertThat(html).doesNotContain("/administration/");
    }

    @Test
    void anAdministratorGetsLinksToRecordConfidenceAndMilestones() throws Exception {
        when(progress.workPackage(eq("SHKO"), eq("TP3"), any())).thenReturn(json("work-package-SHKO-TP3.json"));
        String html = page("/programmes/SHKO/work-packages/TP3", SignedIn.administrator());
        String id = (String) json("work-package-SHKO-TP3.json").get("workPackageId");
        assertThat(html).contains("href=\"/administration/work-packages/" + id + "/confidence?back=/programmes/SHKO/work-packages/TP3\"")
                .contains("href=\"/administration/milestones/7bcb970d-2149-3dbd-8e7c-cc1bc9344768?back=/programmes/SHKO/work-packages/TP3\"");
        assertThat(part(html, "id=\"confidence\"", "</section>")).contains("kelta-punainen").contains("◕");
    }

    @Test
    void theMeasurePageShowsItsLineageAndEachRegionsLevels() throws Exception {
        String html = page("/programmes/SHKO/work-packages/TP6/measures/TP6.1", SignedIn.viewer());
        assertThat(html).contains("id=\"lineage\"").contains("Toimenpidettä ei ole jaettu eikä yhdistetty")
                .contains("id=\"measure-implementation\"").contains("data-region=\"09\"").contains("data-region=\"17\"");
        mvc.perform(get("/programmes/SHKO/work-packages/TP6/measures/TP9.9").with(SignedIn.viewer())).andExpect(status().isNotFound());
    }
}
