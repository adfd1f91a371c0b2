package fi.tiekartta.contracts.reporting;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.tiekartta.contracts.EventContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting events' schemas: rounds and reports carry their basis (ILLUSTRATIVE demo content, or null) and the
 * human keys next to the ids; a round's period may be any period, an open-ended one (end null) included.
 */
class ReportingSchemasTest {

    static final String ILLUSTRATIVE = """
            {"kind":"ILLUSTRATIVE","source":null,"note":{"fi":"Esimerkki, ei todellista tietoa",
             "sv":"Exempel, inte verkliga uppgifter","en":"Example, not real data","original":"fi"}}""";

    static Stream<EventContract<ReportingRoundChanged>> rounds() {
        return Stream.of(ReportingEvents.ROUND_OPENED, ReportingEvents.ROUND_REVISED);
    }

    static Stream<EventContract<RegionalReportChanged>> reports() {
        return Stream.of(ReportingEvents.REPORT_SUBMITTED, ReportingEvents.REPORT_VERIFIED, ReportingEvents.REPORT_RETURNED,
                ReportingEvents.REPORT_REVISED);
    }

    static String round(String period, String basis) {
        return """
                {"round":{"roundId":"r1","programmeId":"p1","programmeCode":"SHKO",
                 "title":{"fi":"Seuranta","sv":null,"en":null,"original":"fi"},"period":%s,
                 "deadline":"2026-12-31T21:59:59Z","measureIds":["m1"],
                 "measures":[{"measureId":"m1","code":"TP6.1","title":{"fi":"Sosiaalihuolto","sv":null,"en":null,"original":"fi"}}],
                 "regionCodes":["09"],"regions":[{"code":"09","name":{"fi":"Päijät-Hämeen hyvinvointialue","sv":"Päijät-Tavastlands välfärdsområde","en":"Päijät-Häme Wellbeing Services County","original":"fi"}}],
                 "status":"OPEN","closedAt":null,"closeReason":null,"basis":%s},
                 "changedBy":"stm-admin","changedAt":"2026-11-22T08:00:00Z"}""".formatted(period, basis);
    }

    static String report(String basis, String measureCode) {
        return """
                {"report":{"reportId":"x1","roundId":"r1","programmeId":"p1","programmeCode":"SHKO","measureId":"m1",
                 "measureCode":%s,"regionCode":"09","regionName":{"fi":"Päijät-Hämeen hyvinvointialue","sv":null,"en":null,"original":"fi"},
                 "status":"SUBMITTED","selfReport":{"level":"PLANNING","share":null,"shareBasis":null,
                 "narrative":{"fi":"Suunnitteilla.","sv":null,"en":null,"original":"fi"},"indicators":[],"evidence":[]},
                 "verified":null,"reporter":"reporter-paijat-hame","corrections":0,"basis":%s},
                 "comment":null,"changedBy":"reporter-paijat-hame","changedAt":"2026-11-22T08:00:00Z"}""".formatted(measureCode, basis);
    }

    static final String HALF_YEAR = """
            {"value":"2026-H2","label":{"fi":"2. vuosipuolisko 2026","sv":"andra halvåret 2026","en":"second half of 2026"},
             "start":"2026-07-01","end":"2026-12-31","precision":"HALF_YEAR"}""";

    @ParameterizedTest
    @MethodSource("rounds")
    void a_round_carries_its_basis_and_its_human_keys(EventContract<ReportingRoundChanged> contract) throws Exception {
        assertThat(problems(contract, round(HALF_YEAR, ILLUSTRATIVE))).isEmpty();
        assertThat(problems(contract, round(HALF_YEAR, "null"))).as("a real round has no basis").isEmpty();
        assertThat(problems(contract, round(HALF_YEAR, "{\"kind\":\"MADE_UP\",\"source\":null,\"note\":null}"))).isNotEmpty();
        assertThat(problems(contract, round(HALF_YEAR, ILLUSTRATIVE).replace("\"programmeCode\":\"SHKO\",", "")))
                .as("programmeCode is required (null where not learnt)").isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("rounds")
    void a_round_may_cover_the_new_period_forms(EventContract<ReportingRoundChanged> contract) throws Exception {
        String openEnded = """
                {"value":"2023-spring/..","label":{"fi":"kevät 2023 alkaen","sv":"från våren 2023","en":"from spring 2023"},
                 "start":"2023-03-01","end":null,"precision":"OPEN_ENDED"}""";
        String yearRange = """
                {"value":"2023/2025","label":{"fi":"2023–2025","sv":"2023–2025","en":"2023–2025"},
                 "start":"2023-01-01","end":"2025-12-31","precision":"YEAR_RANGE"}""";
        String range = """
                {"value":"2021-spring/2022","label":{"fi":"kevät 2021–2022","sv":"våren 2021–2022","en":"spring 2021–2022"},
                 "start":"2021-03-01","end":"2022-12-31","precision":"RANGE"}""";
        for (String period : List.of(openEnded, yearRange, range)) {
            assertThat(problems(contract, round(period, ILLUSTRATIVE))).as(period).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void a_report_carries_its_basis_and_its_human_keys(EventContract<RegionalReportChanged> contract) throws Exception {
        String json = report(ILLUSTRATIVE, "\"TP6.1\"");
        if (contract == ReportingEvents.REPORT_VERIFIED) {
            json = json.replace("\"status\":\"SUBMITTED\"", "\"status\":\"VERIFIED\"")
                    .replace("\"verified\":null", """
                            "verified":{"level":"PLANNING","share":null,"shareBasis":null,"comment":null,
                             "verifiedBy":"thl-verifier","verifiedAt":"2026-11-22T08:00:00Z"}""");
        }
        if (contract == ReportingEvents.REPORT_RETURNED || contract == ReportingEvents.REPORT_REVISED) {
            json = json.replace("\"comment\":null", "\"comment\":\"Täydentäkää.\"");
        }
        assertThat(problems(contract, json)).isEmpty();
        assertThat(problems(contract, json.replace("\"measureCode\":\"TP6.1\"", "\"measureCode\":null")))
                .as("a measure not (yet) learnt has no code").isEmpty();
        assertThat(problems(contract, json.replace(",\"basis\":" + ILLUSTRATIVE, ""))).as("basis is required").isNotEmpty();
    }

    private static Set<String> problems(EventContract<?> contract, String json) throws Exception {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
