package fi.tiekartta.regional.nationalindicators;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.period.PeriodValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a national indicator, on THL's September 2020 baseline of structural social work. */
class NationalIndicatorTest {

    static final Text TITLE = new Text("Rakenteellisen sosiaalityön mallit hankealueilla", null,
            "Structural social work models in the project areas", "fi");
    static final Text PROJECT_AREA = new Text("hankealue", null,
            "project area of the Future Health and Social Services Centres programme", "fi");
    static final IndicatorCategory REGION_WIDE = new IndicatorCategory("REGION_WIDE",
            new Text("Malli käytössä koko maakunnan alueella", null, "A model in use across the whole region", "fi"), 4, null);
    static final IndicatorCategory PARTIAL = new IndicatorCategory("PARTIAL",
            new Text("Tilanne vaihtelee alueen sisällä", null, "Varies within the area", "fi"), 10,
            new Text("Osalla noin 8–33 % alueista, osalla 40–59 %", null,
                    "In some areas about 8–33 % of the area, in others 40–59 %", "fi"));
    static final IndicatorCategory NONE = new IndicatorCategory("NONE",
            new Text("Ei malleja käytössä", null, "No model in use", "fi"), 9, null);
    static final IndicatorSource THL_SLIDES = new IndicatorSource(
            Text.finnish("THL: Rakenteellinen sosiaalityö, kansallinen hanketuki. Lähtötilanne syyskuussa 2020."), null);

    static NationalIndicator indicator(int total, List<IndicatorCategory> categories) {
        return new NationalIndicator("thl-rso", "rso1-b", TITLE, NationalIndicator.observedPeriodOf("2020-09"), PROJECT_AREA, total,
                categories, THL_SLIDES, null, null);
    }

    static NationalIndicator baseline2020() {
        return indicator(23, List.of(REGION_WIDE, PARTIAL, NONE));
    }

    @Test
    void the_thl_2020_baseline_counts_all_23_project_areas_without_naming_any() {
        NationalIndicator baseline = baseline2020();
        assertThat(baseline.total()).isEqualTo(23);
        assertThat(baseline.categories()).extracting(IndicatorCategory::key).containsExactly("REGION_WIDE", "PARTIAL", "NONE");
        assertThat(baseline.categories()).extracting(IndicatorCategory::count).containsExactly(4, 10, 9);
        assertThat(baseline.categories().get(1).note().en()).contains("8–33 %");
        assertThat(baseline.observedPeriod().start()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(baseline.observedPeriod().end()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(baseline.source().url()).as("the slides have no address").isNull();
        assertThat(baseline.note()).isNull();
    }

    @Test
    void ids_of_other_services_are_kept_as_given_and_the_measure_is_optional() {
        NationalIndicator indicator = new NationalIndicator("  thl-rso ", "  ", TITLE, NationalIndicator.observedPeriodOf("2020-09"),
                PROJECT_AREA, 23, List.of(REGION_WIDE, PARTIAL, NONE), THL_SLIDES, null, null);
        assertThat(indicator.programmeId()).isEqualTo("thl-rso");
        assertThat(indicator.measureId()).isNull();
    }

    @Test
    void it_relates_to_a_programme() {
        for (String programmeId : new String[] {null, " "}) {
            assertThatThrownBy(() -> new NationalIndicator(programmeId, null, TITLE, NationalIndicator.observedPeriodOf("2020-09"),
                    PROJECT_AREA, 23, List.of(REGION_WIDE, PARTIAL, NONE), THL_SLIDES, null, null))
                    .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("programmeId");
        }
    }

    @Test
    void it_needs_a_title() {
        assertThatThrownBy(() -> new NationalIndicator("thl-rso", null, null, NationalIndicator.observedPeriodOf("2020-09"),
                PROJECT_AREA, 23, List.of(REGION_WIDE, PARTIAL, NONE), THL_SLIDES, null, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("title");
    }

    @Test
    void it_needs_the_period_it_was_observed_in() {
        assertThatThrownBy(() -> new NationalIndicator("thl-rso", null, TITLE, null,
                PROJECT_AREA, 23, List.of(REGION_WIDE, PARTIAL, NONE), THL_SLIDES, null, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("observedPeriod");
    }

    @Test
    void the_observed_period_is_canonical_text_with_bounds_derived_from_it() {
        PeriodValue period = new PeriodValue("2020-09", LocalDate.of(1999, 1, 1), null);
        assertThat(period.value()).isEqualTo("2020-09");
        assertThat(period.start()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(NationalIndicator.observedPeriodOf("2021-spring").end()).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(NationalIndicator.observedPeriodOf("syyskuu 2020").value()).as("a Finnish form, kept canonical")
                .isEqualTo("2020-09");
        assertThatThrownBy(() -> NationalIndicator.observedPeriodOf("joskus 2020"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("not a period");
        assertThatThrownBy(() -> NationalIndicator.observedPeriodOf("2020-13")).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> NationalIndicator.observedPeriodOf(" ")).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("observedPeriod");
    }

    @Test
    void it_needs_its_unit_of_observation() {
        assertThatThrownBy(() -> new NationalIndicator("thl-rso", null, TITLE, NationalIndicator.observedPeriodOf("2020-09"),
                null, 23, List.of(REGION_WIDE, PARTIAL, NONE), THL_SLIDES, null, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("unitOfObservation");
    }

    @Test
    void at_least_one_unit_is_observed() {
        IndicatorCategory empty = new IndicatorCategory("NONE", NONE.label(), 0, null);
        assertThatThrownBy(() -> indicator(0, List.of(empty)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("at least one unit");
        assertThatThrownBy(() -> indicator(-1, List.of(empty)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("total is -1");
    }

    @Test
    void it_has_at_least_one_category() {
        assertThatThrownBy(() -> indicator(23, List.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("at least one category");
        assertThatThrownBy(() -> indicator(23, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("at least one category");
        assertThat(indicator(23, List.of(new IndicatorCategory("ALL", NONE.label(), 23, null))).categories()).hasSize(1);
    }

    @Test
    void it_has_at_most_fifty_categories() {
        List<IndicatorCategory> many = IntStream.rangeClosed(1, NationalIndicator.MAX_CATEGORIES + 1)
                .mapToObj(i -> new IndicatorCategory("C" + i, NONE.label(), 1, null)).toList();
        assertThatThrownBy(() -> indicator(many.size(), many))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("at most 50 categories");
        assertThat(indicator(50, many.subList(0, 50)).categories()).hasSize(50);
    }

    @Test
    void each_category_key_is_given_once() {
        IndicatorCategory noneAgain = new IndicatorCategory("NONE", Text.finnish("Ei tietoa"), 0, null);
        assertThatThrownBy(() -> indicator(23, List.of(REGION_WIDE, PARTIAL, NONE, noneAgain)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("NONE is given twice");
    }

    @Test
    void the_counts_add_up_to_the_total() {
        assertThatThrownBy(() -> indicator(22, List.of(REGION_WIDE, PARTIAL, NONE)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("the categories count 23 units, the total is 22");
        assertThatThrownBy(() -> indicator(23, List.of(REGION_WIDE, PARTIAL)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("the categories count 14 units, the total is 23");
    }

    @Test
    void a_category_with_no_units_is_allowed() {
        IndicatorCategory unknown = new IndicatorCategory("UNKNOWN", Text.finnish("Ei vastausta"), 0, null);
        assertThat(indicator(23, List.of(REGION_WIDE, PARTIAL, NONE, unknown)).categories()).hasSize(4);
    }

    @Test
    void a_category_needs_a_key() {
        for (String key : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> new IndicatorCategory(key, NONE.label(), 9, null))
                    .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("needs a key");
        }
    }

    @Test
    void a_category_key_is_upper_case_letters_digits_and_underscores() {
        assertThat(new IndicatorCategory(" SHARE_40_59 ", NONE.label(), 1, null).key()).isEqualTo("SHARE_40_59");
        for (String key : new String[] {"none", "Region_wide", "1ST", "_NONE", "REGION-WIDE", "REGION WIDE", "ÄÄ",
                "K".repeat(IndicatorCategory.MAX_KEY_LENGTH + 1)}) {
            assertThatThrownBy(() -> new IndicatorCategory(key, NONE.label(), 1, null))
                    .as(key).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("upper case");
        }
        assertThat(new IndicatorCategory("K".repeat(IndicatorCategory.MAX_KEY_LENGTH), NONE.label(), 1, null)).isNotNull();
    }

    @Test
    void a_category_needs_a_label() {
        assertThatThrownBy(() -> new IndicatorCategory("NONE", null, 9, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Category NONE needs a label");
    }

    @Test
    void a_category_count_is_zero_or_more() {
        assertThatThrownBy(() -> new IndicatorCategory("NONE", NONE.label(), -1, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Category NONE counts -1 units");
    }

    @Test
    void it_cites_its_source() {
        assertThatThrownBy(() -> new NationalIndicator("thl-rso", null, TITLE, NationalIndicator.observedPeriodOf("2020-09"),
                PROJECT_AREA, 23, List.of(REGION_WIDE, PARTIAL, NONE), null, null, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("source.citation");
        assertThatThrownBy(() -> new IndicatorSource(null, "https://thl.fi"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("source.citation");
    }

    @Test
    void a_source_is_linked_by_an_http_or_https_address_or_not_at_all() {
        Text citation = THL_SLIDES.citation();
        assertThat(new IndicatorSource(citation, " https://thl.fi/rakenteellinen-sosiaalityo ").url())
                .isEqualTo("https://thl.fi/rakenteellinen-sosiaalityo");
        assertThat(new IndicatorSource(citation, "http://thl.fi").url()).isEqualTo("http://thl.fi");
        assertThat(new IndicatorSource(citation, " ").url()).isNull();
        assertThat(new IndicatorSource(citation, null).url()).isNull();
        for (String url : new String[] {"thl.fi", "ftp://thl.fi/slides.pdf", "https://", "javascript:alert(1)", "https://thl fi"}) {
            assertThatThrownBy(() -> new IndicatorSource(citation, url))
                    .as(url).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("http or https");
        }
    }

    @Test
    void the_categories_are_copied_so_the_indicator_stays_as_checked() {
        List<IndicatorCategory> categories = new ArrayList<>(List.of(REGION_WIDE, PARTIAL, NONE));
        NationalIndicator indicator = indicator(23, categories);
        categories.add(new IndicatorCategory("EXTRA", NONE.label(), 5, null));
        assertThat(indicator.categories()).hasSize(3);
        assertThatThrownBy(() -> indicator.categories().add(NONE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
