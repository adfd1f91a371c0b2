package fi.tiekartta.web.changes;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ProgressApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static fi.tiekartta.web.roadmap.ReadFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The recent changes, on the feed captured from the dev stack. */
@SpringBootTest
@AutoConfigureMockMvc
class ChangesPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgressApi progress;

    @BeforeEach
    void views() {
        when(progress.programmes()).thenReturn(json("programmes.json"));
    }

    @Test
    void theFeedFilteredByProgrammeRegionAndKindWithALinkToOlderChanges() throws Exception {
        when(progress.changes("SHKO", "90", "REPORT", 0, 50)).thenReturn(json("changes-SHKO.json"));
        String html = mvc.perform(get("/changes").param("programme", "SHKO").param("region", "90").param("kind", "REPORT")
                        .param("page", "0").with(SignedIn.reporterOfPaijatHame()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<table id=\"changes-table\"").contains("raportti varmennettu").contains("Helsingin kaupunki")
                .contains("thl-verifier").contains("<option value=\"REPORT\" selected=\"selected\">raportti</option>")
                .contains("data-live-stream=\"/api/progress/stream?programme=SHKO&amp;region=90\"")
                .contains("id=\"changes-older\"").contains("page=1").doesNotContain("id=\"changes-newer\"");
    }

    @Test
    void withoutFiltersItShowsTheDefaultProgrammesChanges() throws Exception {
        when(progress.changes("SHKO", null, null, 0, 50)).thenReturn(json("changes-SHKO.json"));
        String html = mvc.perform(get("/changes").with(SignedIn.viewer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<option value=\"SHKO\" selected=\"selected\">").contains("kierros avattu");
    }

    @Test
    void anUnknownKindIsIgnoredAndAnEmptyFeedSaysSo() throws Exception {
        when(progress.changes(null, null, null, 0, 50)).thenReturn(java.util.Map.of("content", java.util.List.of(),
                "page", java.util.Map.of("size", 50, "number", 0, "totalElements", 0, "totalPages", 0)));
        String html = mvc.perform(get("/changes").param("programme", "").param("kind", "NONSENSE").param("lang", "en").with(SignedIn.viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1 id=\"page-heading\">Recent changes</h1>").contains("id=\"changes-none\"");
    }
}
