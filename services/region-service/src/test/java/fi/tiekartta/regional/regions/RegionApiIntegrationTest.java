package fi.tiekartta.regional.regions;

import fi.tiekartta.kernel.Text;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class RegionApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_twenty_two_organisers_are_listed_by_their_official_codes() throws Exception {
        mvc.perform(get("/api/regions").with(Tokens.regionReporter("reporter-paijat-hame", "09")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(22)))
                .andExpect(jsonPath("$[0].code").value("01"))
                .andExpect(jsonPath("$[21].code").value("90"))
                .andExpect(jsonPath("$[21].kind").value("CITY"))
                .andExpect(jsonPath("$[?(@.code == '91')]", hasSize(0)));
        mvc.perform(get("/api/regions/09").with(Tokens.viewer()))
                .andExpect(jsonPath("$.names.fi").value("Päijät-Hämeen hyvinvointialue"))
                .andExpect(jsonPath("$.names.sv").value("Päijänne-Tavastlands välfärdsområde"))
                .andExpect(jsonPath("$.bilingual").value(false))
                .andExpect(jsonPath("$.cooperationAreaCode").value("1"));
        mvc.perform(get("/api/regions/17").with(Tokens.viewer()))
                .andExpect(jsonPath("$.names.en").value("Ostrobothnia wellbeing services county"))
                .andExpect(jsonPath("$.bilingual").value(true));
        mvc.perform(get("/api/regions/91").with(Tokens.viewer())).andExpect(status().isNotFound());
    }

    @Test
    void the_five_cooperation_areas_hold_every_organiser_once_and_hus_in_the_south() throws Exception {
        mvc.perform(get("/api/cooperation-areas").with(Tokens.viewer()))
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[0].names.fi").value("Etelä-Suomen yhteistyöalue"))
                .andExpect(jsonPath("$[0].memberRegionCodes", contains("01", "02", "03", "04", "09", "10", "11", "90")))
                .andExpect(jsonPath("$[0].otherMembers[0].fi").value("HUS-yhtymä"));
        mvc.perform(get("/api/cooperation-areas/4").with(Tokens.viewer()))
                .andExpect(jsonPath("$.memberRegionCodes", contains("05", "06", "17")));
        mvc.perform(get("/api/cooperation-areas/6").with(Tokens.viewer())).andExpect(status().isNotFound());
    }

    @Test
    void reference_data_is_for_signed_in_readers() throws Exception {
        mvc.perform(get("/api/regions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/regions").with(Tokens.user("someone", "unrelated-role"))).andExpect(status().isForbidden());
    }

    @Test
    void a_catalogue_where_a_region_is_in_the_wrong_area_is_refused() {
        Region helsinki = new Region("90", RegionKind.CITY, Text.finnish("Helsingin kaupunki"), true, "1", 1);
        CooperationArea north = new CooperationArea("5", Text.finnish("Pohjois-Suomen yhteistyöalue"), null, List.of("90"), List.of());
        assertThatThrownBy(() -> new RegionCatalogue(List.of(helsinki), List.of(north))).isInstanceOf(IllegalStateException.class);
        CooperationArea south = new CooperationArea("1", Text.finnish("Etelä-Suomen yhteistyöalue"), null, List.of(), List.of());
        assertThatThrownBy(() -> new RegionCatalogue(List.of(helsinki), List.of(south))).isInstanceOf(IllegalStateException.class);
    }
}
