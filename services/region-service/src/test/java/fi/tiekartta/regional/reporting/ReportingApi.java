package fi.tiekartta.regional.reporting;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting API as the tests drive it: measures made known the way workpackage-service makes them known
 * (measure events on its topic), rounds opened by an admin, reports written by a region's reporter.
 */
final class ReportingApi {

    static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

    /** A programme with its work package and measures, as known from the work-package topic. */
    record Programme(String id, String workPackageId, List<String> measureIds) {
    }

    private final MockMvc mvc;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final EventJson eventJson;

    ReportingApi(MockMvc mvc, KafkaTemplate<String, CloudEvent> kafka, EventJson eventJson) {
        this.mvc = mvc;
        this.kafka = kafka;
        this.eventJson = eventJson;
    }

    /** Publishes the measures (codes TP6.1, TP6.2, …) of a new programme and waits until region-service knows them. */
    Programme programmeWithMeasures(String status, String... codes) {
        String programmeId = UUID.randomUUID().toString();
        String workPackageId = UUID.randomUUID().toString();
        List<MeasureData> measures = Arrays.stream(codes).map(code -> new MeasureData(UUID.randomUUID().toString(),
                workPackageId, programmeId, code, new LocalizedText("Toimenpide " + code, null, "Measure " + code, "fi"),
                List.of("2023-2027"), status, List.of(), List.of(), null, null, null)).toList();
        CloudEvent event = TestEvents.of(WorkPackageEvents.MEASURE_ADDED, workPackageId, 1, T,
                eventJson.write(new MeasureChanged(workPackageId, programmeId, measures, null, "stm-admin", T, null, null)));
        kafka.send(new ProducerRecord<>(Topics.WORK_PACKAGES, workPackageId, event)).join();
        await().until(() -> count(get("/api/reporting-measures").param("programmeId", programmeId)) == codes.length);
        return new Programme(programmeId, workPackageId, measures.stream().map(MeasureData::measureId).toList());
    }

    /**
     * Makes the programme's code known the way programme-service does (its created event on its topic), and waits
     * until region-service lists the programme's {@code measureCount} measures by that code.
     */
    void knownProgramme(String programmeId, String code, int measureCount) {
        CloudEvent event = TestEvents.of(ProgrammeEvents.CREATED, programmeId, 1, T, """
                {"programmeId":"%s","code":"%s","names":{"fi":"Sosiaalihuollon kehittämisohjelma","sv":null,"en":null,"original":"fi"},
                 "level":"NATIONAL","ownerOrganisation":"STM","createdBy":"stm-admin","createdAt":"%s"}"""
                .formatted(programmeId, code, T));
        kafka.send(new ProducerRecord<>(Topics.PROGRAMMES, programmeId, event)).join();
        await().until(() -> count(get("/api/reporting-measures").param("programme", code)) == measureCount);
    }

    String roundJson(String programmeId, Instant deadline, List<String> measureIds, List<String> regionCodes) {
        return """
                {"programmeId":"%s","title":{"fi":"Toimeenpanon seuranta","sv":"Uppföljning av genomförandet","en":"Implementation follow-up","original":"fi"},
                 "period":"2026-H2","deadline":"%s","measureIds":%s,"regionCodes":%s}"""
                .formatted(programmeId, deadline, jsonList(measureIds), jsonList(regionCodes));
    }

    /** Opens a round as stm-admin; answers its id. */
    String openRound(String programmeId, Instant deadline, List<String> measureIds, List<String> regionCodes) throws Exception {
        MvcResult opened = mvc.perform(post("/api/reporting-rounds").with(Tokens.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(roundJson(programmeId, deadline, measureIds, regionCodes)))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(opened.getResponse().getContentAsString(), "$.id");
    }

    static String partialReport(String roundId, String measureId, int share) {
        return """
                {"roundId":"%s","measureId":"%s","level":"PARTIAL","share":%d,"shareBasis":"POPULATION",
                 "narrative":{"fi":"Rakenteellisen sosiaalityön malli on käytössä Lahden ja Heinolan alueella.","original":"fi"},
                 "indicators":[{"name":{"fi":"Sosiaalisen raportoinnin kattavuus","original":"fi"},"unit":"%%","baseline":10,"target":100,"actual":%d}],
                 "evidence":[{"url":"https://www.phhyky.fi/sosiaalityon-tiekartta","title":"Sosiaalityön kehittämisen tiekartta 2023–2025"}]}"""
                .formatted(roundId, measureId, share, share);
    }

    /** Drafts a report as the region's reporter; answers its id. */
    String draft(String regionCode, RequestPostProcessor reporter, String body) throws Exception {
        MvcResult drafted = mvc.perform(post("/api/regions/{code}/reports", regionCode).with(reporter)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn();
        return JsonPath.read(drafted.getResponse().getContentAsString(), "$.id");
    }

    /** The current ETag of a resource. */
    String etag(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(Tokens.viewer())).andExpect(status().isOk()).andReturn()
                .getResponse().getHeader("ETag");
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    static MockHttpServletRequestBuilder postJson(String path, String body, Object... variables) {
        return post(path, variables).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MockHttpServletRequestBuilder putJson(String path, String body, Object... variables) {
        return put(path, variables).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private int count(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(Tokens.viewer())).andReturn().getResponse().getContentAsString();
        return JsonPath.<List<?>>read(body, "$").size();
    }

    private static String jsonList(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
