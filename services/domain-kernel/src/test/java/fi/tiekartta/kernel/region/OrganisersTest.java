package fi.tiekartta.kernel.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisersTest {

    @Test
    void the_22_organisers_form_five_cooperation_areas() {
        Organisers reference = Organisers.reference();
        assertThat(reference.organisers()).hasSize(22);
        assertThat(reference.areas()).extracting(OrganiserArea::code).containsExactly("1", "2", "3", "4", "5");
        Organiser paijatHame = reference.organiser("09").orElseThrow();
        assertThat(paijatHame.names().fi()).isEqualTo("Päijät-Hämeen hyvinvointialue");
        assertThat(reference.area(paijatHame.cooperationAreaCode()).orElseThrow().memberRegionCodes()).contains("09");
        assertThat(reference.organiser("90").orElseThrow().kind()).isEqualTo("CITY");
        assertThat(reference.organiser("91")).isEmpty();
        assertThat(reference.area("1").orElseThrow().otherMembers()).extracting(text -> text.fi()).containsExactly("HUS-yhtymä");
    }

    @Test
    void a_region_outside_its_own_area_is_refused() {
        String json = """
                {"regions": [{"code": "01", "kind": "WELLBEING_SERVICES_COUNTY", "names": {"fi": "A"}, "cooperationAreaCode": "1"}],
                 "cooperationAreas": [{"code": "2", "names": {"fi": "B"}, "memberRegionCodes": ["01"]}]}
                """;
        assertThatThrownBy(() -> Organisers.read(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Organisers.RESOURCE);
    }
}
