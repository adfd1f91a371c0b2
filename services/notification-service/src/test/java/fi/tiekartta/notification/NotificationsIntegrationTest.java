package fi.tiekartta.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.notification.mail.application.DigestService;
import fi.tiekartta.notification.reporting.ReportingRounds;
import fi.tiekartta.notification.reporting.application.ReportingNotifications;
import fi.tiekartta.notification.roadmap.WorkPackageDirectory;
import fi.tiekartta.platform.messaging.DeadLetterTopics;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.SettableClock;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.TopicRecords;
import io.cloudevents.CloudEvent;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static fi.tiekartta.notification.Publisher.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From events to people, on real infrastructure in-process (Kafka, the MongoDB-wire server, GreenMail's SMTP
 * server): who sees what in their inbox, what they are mailed, in which language, and when. The scheduled jobs are
 * switched off (an hour's interval); the tests run the deadline check and the digests themselves, on a clock they set.
 * Each test uses regions and users of its own, so the tests do not see each other's notifications.
 */
@ServiceIntegrationTest
@Import(NotificationsIntegrationTest.TestClock.class)
@TestPropertySource(properties = {
        "tiekartta.notifications.mail.immediate-interval=PT1H",
        "tiekartta.notifications.deadline-check-interval=PT1H",
        "tiekartta.notifications.mail.from=Tiekartta <noreply@tiekartta.test>",
        "tiekartta.notifications.mail.ui-base-url=https://tiekartta.test/"})
class NotificationsIntegrationTest {

    /** Tuesday 1 December 2026, 12.00 in Helsinki. */
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        SettableClock clock() {
            return new SettableClock(T0);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SettableClock clock;
    @Autowired
    DigestService digests;
    @Autowired
    ReportingNotifications reporting;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    WorkPackageDirectory directory;

    Publisher events;

    @BeforeEach
    void setUp() {
        clock.set(T0);
        events = new Publisher(kafka, eventJson);
    }

    @Test
    void a_returned_report_reaches_the_regions_reporter_in_the_inbox_and_by_one_email_in_swedish() throws Exception {
        String address = "reporter-17-" + id().substring(0, 8) + "@pohjanmaa.test";
        RequestPostProcessor swedishReporter = People.reporter("reporter-17-" + id().substring(0, 8), "17", "sv-FI", address);
        RequestPostProcessor otherRegion = People.reporter("reporter-09-" + id().substring(0, 8), "09", "fi", "other@paijat-hame.test");
        // known from their own calls, before anything concerns them
        mvc.perform(get("/api/notifications").with(swedishReporter)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/notifications").with(otherRegion)).andExpect(status().isOk());

        String round = id();
        String measure = id();
        events.roundOpened(round, "Toimeenpanon seuranta 2026-H2", T0.plus(Duration.ofDays(20)), List.of("09", "17"), List.of(measure), T0);
        events.report(ReportingEvents.REPORT_RETURNED, id(), 2, round, "17", measure, "TP6.1",
                "Osuus väestöstä puuttuu. / Andelen av befolkningen saknas.", T0.plusSeconds(60));

        await().untilAsserted(() -> mvc.perform(get("/api/notifications").with(swedishReporter))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.unreadCount").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("REPORT_RETURNED"))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-12-01T10:01:00Z"))
                .andExpect(jsonPath("$.items[0].regionCode").value("17"))
                .andExpect(jsonPath("$.items[0].programmeCode").value("SHKO"))
                .andExpect(jsonPath("$.items[0].link").value("/reporting/regions/17/rounds/" + round + "/measures/" + measure)));
        Map<String, Object> item = firstItem(swedishReporter);
        assertThat(text(item, "title", "sv")).isEqualTo("Rapporten skickades tillbaka för korrigering: TP6.1 Åtgärd TP6.1");
        assertThat(text(item, "title", "fi")).startsWith("Raportti palautettiin korjattavaksi: TP6.1");
        assertThat(text(item, "body", "sv")).contains("Österbottens välfärdsområde", "Andelen av befolkningen saknas.",
                "Toimeenpanon seuranta 2026-H2 (sv)", "21.12.2026 kl. 12.00");
        assertThat(text(item, "body", "en")).contains("Ostrobothnia", "Verifier thl-verifier returned the report");
        assertThat(text(item, "body", "fi")).contains("Pohjanmaan hyvinvointialue", "Tarkastajan kommentti", "21.12.2026 klo 12.00");
        mvc.perform(get("/api/notifications").with(otherRegion)).andExpect(jsonPath("$.total").value(0));

        digests.run();
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Tiekartta: Rapporten skickades tillbaka för korrigering: TP6.1 Åtgärd TP6.1");
        assertThat(mail.getFrom()[0].toString()).contains("noreply@tiekartta.test");
        String plain = part(mail, "text/plain");
        assertThat(plain).startsWith("Hej,").contains("Granskarens kommentar: Osuus väestöstä puuttuu. / Andelen av befolkningen saknas.",
                "Öppna i Tiekartta: https://tiekartta.test/reporting/regions/17/rounds/" + round + "/measures/" + measure);
        assertThat(part(mail, "text/html")).contains("<html lang=\"sv\">", "href=\"https://tiekartta.test/reporting/regions/17/");

        digests.run(); // each notification is mailed at most once
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(mailsTo("other@paijat-hame.test")).isEmpty();
    }

    @Test
    void a_daily_user_is_mailed_nothing_until_the_daily_time_in_finnish_time() throws Exception {
        String username = "reporter-05-" + id().substring(0, 8);
        String address = username + "@kanta-hame.test";
        RequestPostProcessor reporter = People.reporter(username, "05", "fi", address);
        mvc.perform(put(reporter, "{\"email\":\"" + address + "\",\"language\":\"en\",\"emailDigest\":\"DAILY\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.emailDigest").value("DAILY"));

        String round = id();
        String measure = id();
        events.roundOpened(round, "Kanta-Hämeen seuranta", T0.plus(Duration.ofDays(30)), List.of("05"), List.of(measure), T0);
        events.report(ReportingEvents.REPORT_RETURNED, id(), 2, round, "05", measure, "TP6.1", "Lisää kuvaus.", T0);
        await().untilAsserted(() -> mvc.perform(get("/api/notifications").with(reporter)).andExpect(jsonPath("$.total").value(1)));

        digests.run();
        clock.set(Instant.parse("2026-12-02T04:59:00Z")); // 06.59 in Helsinki
        digests.run();
        assertThat(mailsTo(address)).isEmpty();

        clock.set(Instant.parse("2026-12-02T05:00:00Z")); // 07.00 in Helsinki
        digests.run();
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(mailsTo(address).get(0).getSubject()).isEqualTo("Tiekartta: Report returned for correction: TP6.1 Toimenpide TP6.1");
        assertThat(part(mailsTo(address).get(0), "text/plain")).startsWith("Hello,").contains("Verifier's comment: Lisää kuvaus.");

        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        digests.run();
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void a_near_deadline_is_told_once_to_the_reporters_of_a_region_that_has_not_submitted_everything() throws Exception {
        RequestPostProcessor behind = People.reporter("reporter-11-" + id().substring(0, 8), "11", "fi", null);
        RequestPostProcessor done = People.reporter("reporter-12-" + id().substring(0, 8), "12", "fi", null);
        RequestPostProcessor verifier = People.verifier("verifier-" + id().substring(0, 8), "en", null);
        mvc.perform(get("/api/notifications").with(behind)).andExpect(status().isOk());
        mvc.perform(get("/api/notifications").with(done)).andExpect(status().isOk());

        String round = id();
        String later = id();
        String a = id();
        String b = id();
        String title = "Määräaikakierros " + round.substring(0, 6);
        events.roundOpened(round, title, T0.plus(Duration.ofDays(2)), List.of("11", "12"), List.of(a, b), T0);
        events.roundOpened(later, "Myöhempi " + later.substring(0, 6), T0.plus(Duration.ofDays(5)), List.of("11"), List.of(a), T0);
        events.report(ReportingEvents.REPORT_SUBMITTED, id(), 1, round, "12", a, "TP6.1", null, T0);
        events.report(ReportingEvents.REPORT_SUBMITTED, id(), 1, round, "12", b, "TP6.2", null, T0);
        events.report(ReportingEvents.REPORT_SUBMITTED, id(), 1, round, "11", a, "TP6.1", null, T0);
        await().until(() -> rounds.find(round).filter(r -> r.title() != null && !r.title().isEmpty())
                .map(r -> r.reported().getOrDefault("11", Map.of()).size() == 1 && r.reported().getOrDefault("12", Map.of()).size() == 2)
                .orElse(false) && rounds.find(later).map(r -> r.deadline() != null).orElse(false));

        assertThat(reporting.warnOfNearDeadlines()).isEqualTo(1);
        assertThat(reporting.warnOfNearDeadlines()).isZero();
        clock.set(T0.plus(Duration.ofHours(6)));
        assertThat(reporting.warnOfNearDeadlines()).isZero();

        List<Map<String, Object>> told = items(behind, "DEADLINE_NEAR");
        assertThat(told).hasSize(1);
        assertThat(text(told.get(0), "title", "fi")).isEqualTo("Määräaika lähestyy: " + title);
        assertThat(text(told.get(0), "body", "fi")).contains("Määräaika: 3.12.2026 klo 12.00", "Alue: Etelä-Karjalan hyvinvointialue",
                "Lähettämättä: 1/2: TP6.2 Toimenpide TP6.2");
        assertThat(text(told.get(0), "body", "en")).contains("Not submitted: 1 of 2: TP6.2", "3 December 2026 at 12:00 (Finnish time)");
        assertThat(told.get(0).get("link")).isEqualTo("/reporting");
        assertThat(items(done, "DEADLINE_NEAR")).isEmpty();

        // three submissions to the round: the verifiers are told once that its reports wait
        List<Map<String, Object>> waiting = items(verifier, "REPORTS_AWAIT_VERIFICATION").stream()
                .filter(item -> text(item, "title", "en").contains(title)).toList();
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("link")).isEqualTo("/verification");
    }

    @Test
    void the_verifiers_are_told_again_once_a_rounds_queue_has_emptied_and_old_events_tell_nobody() throws Exception {
        RequestPostProcessor verifier = People.verifier("verifier-" + id().substring(0, 8), "fi", null);
        RequestPostProcessor reporter = People.reporter("reporter-15-" + id().substring(0, 8), "15", "fi", null);
        mvc.perform(get("/api/notifications").with(reporter)).andExpect(status().isOk());
        String round = id();
        String title = "Jonokierros " + round.substring(0, 6);
        List<String> measures = List.of(id(), id(), id());
        events.roundOpened(round, title, T0.plus(Duration.ofDays(30)), List.of("15", "16"), measures, T0);
        String first = id();
        String second = id();
        events.report(ReportingEvents.REPORT_SUBMITTED, first, 1, round, "15", measures.get(0), "TP6.1", null, T0);
        events.report(ReportingEvents.REPORT_SUBMITTED, second, 1, round, "16", measures.get(0), "TP6.1", null, T0);
        events.report(ReportingEvents.REPORT_VERIFIED, first, 2, round, "15", measures.get(0), "TP6.1", null, T0);
        events.report(ReportingEvents.REPORT_RETURNED, second, 2, round, "16", measures.get(0), "TP6.1", "Puuttuu.", T0);
        // the queue is empty again: the next submission is news
        events.report(ReportingEvents.REPORT_SUBMITTED, id(), 1, round, "15", measures.get(1), "TP6.2", null, T0);
        // a returned report of long ago (a replay, a first start on old topics) tells nobody
        events.report(ReportingEvents.REPORT_RETURNED, id(), 2, round, "15", measures.get(2), "TP6.3", "Vanha.",
                T0.minus(Duration.ofDays(8)));
        events.report(ReportingEvents.REPORT_RETURNED, id(), 2, round, "15", measures.get(1), "TP6.2", "Uusi.", T0);

        await().untilAsserted(() -> assertThat(items(reporter, "REPORT_RETURNED")).hasSize(1));
        assertThat(text(items(reporter, "REPORT_RETURNED").get(0), "body", "fi")).contains("Uusi.");
        List<Map<String, Object>> told = items(verifier, "REPORTS_AWAIT_VERIFICATION").stream()
                .filter(item -> text(item, "title", "fi").contains(title)).toList();
        assertThat(told).hasSize(2);
        assertThat(told).extracting(item -> text(item, "body", "fi"))
                .anyMatch(body -> body.contains("Ensimmäinen: Keski-Suomen hyvinvointialue, TP6.1 Toimenpide TP6.1"))
                .anyMatch(body -> body.contains("Ensimmäinen: Keski-Suomen hyvinvointialue, TP6.2 Toimenpide TP6.2"));
    }

    @Test
    void an_overdue_milestone_is_told_to_its_work_packages_owner_or_to_the_admins_while_it_has_none() throws Exception {
        String owner = "owner-" + id().substring(0, 8);
        RequestPostProcessor ownerToken = People.viewer(owner, "fi", null);
        RequestPostProcessor admin = People.admin("admin-" + id().substring(0, 8), null);
        mvc.perform(get("/api/notifications").with(ownerToken)).andExpect(status().isOk());
        String owned = id();
        String unowned = id();
        String measure = id();
        events.workPackageDefined(owned, "SHKO", "TP3", owner, T0);
        events.measureAdded(owned, "SHKO", "TP3", measure, "TP3.2", 1, T0);
        events.workPackageDefined(unowned, "SHKO", "TP7", null, T0);
        // the milestones' topic is read apart from the work packages': the owner is known first, as in production
        await().until(() -> directory.workPackageOfMeasure(measure).isPresent() && directory.workPackage(unowned).isPresent());
        String ofMeasure = id();
        String ofUnowned = id();
        events.milestoneOverdue(ofMeasure, "SHKO", new ParentData("MEASURE", measure, "TP3.2", "TP3"), T0);
        events.milestoneOverdue(ofUnowned, "SHKO", new ParentData("WORK_PACKAGE", unowned, "TP7", "TP7"), T0);

        await().untilAsserted(() -> assertThat(items(ownerToken, "MILESTONE_OVERDUE")).hasSize(1));
        Map<String, Object> told = items(ownerToken, "MILESTONE_OVERDUE").get(0);
        assertThat(told.get("link")).isEqualTo("/programmes/SHKO/work-packages/TP3");
        assertThat(text(told, "title", "fi")).isEqualTo("Virstanpylväs myöhässä: SHKO-VALM-02");
        assertThat(text(told, "body", "fi")).contains("Työpaketti: TP3 Palvelurakenteen tuki", "Ennuste: syksy 2026");
        assertThat(text(told, "body", "sv")).contains("Arbetspaket: TP3 Stöd för servicestrukturen", "Proposition till riksdagen");
        await().untilAsserted(() -> assertThat(items(admin, "MILESTONE_OVERDUE").stream()
                .filter(item -> "/programmes/SHKO/work-packages/TP7".equals(item.get("link"))).toList()).hasSize(1));
        assertThat(items(ownerToken, "MILESTONE_OVERDUE")).hasSize(1);
    }

    @Test
    void a_fall_in_confidence_is_told_to_the_owner_and_a_rise_or_a_first_assessment_to_nobody() throws Exception {
        String owner = "owner-" + id().substring(0, 8);
        RequestPostProcessor ownerToken = People.viewer(owner, "en", null);
        mvc.perform(get("/api/notifications").with(ownerToken)).andExpect(status().isOk());
        String workPackage = id();
        events.workPackageDefined(workPackage, "SHKO", "TP5", owner, T0);
        events.confidence(workPackage, "SHKO", "TP5", null, "AMBER", 1, T0);
        events.confidence(workPackage, "SHKO", "TP5", "AMBER", "RED", 2, T0);
        events.confidence(workPackage, "SHKO", "TP5", "RED", "GREEN", 3, T0);
        events.confidence(workPackage, "SHKO", "TP5", "GREEN", "AMBER_RED", 4, T0);

        await().untilAsserted(() -> assertThat(items(ownerToken, "CONFIDENCE_DROPPED")).hasSize(2));
        List<Map<String, Object>> told = items(ownerToken, "CONFIDENCE_DROPPED");
        assertThat(told).extracting(item -> text(item, "body", "en")).containsExactlyInAnyOrder(
                "The work package's delivery confidence dropped from amber to red.\nWork package: TP5 Support for the service structure"
                        + "\nAssessed by: stm-admin\nRationale: Rahoituspäätös viivästyy.",
                "The work package's delivery confidence dropped from green to amber-red.\nWork package: TP5 Support for the service structure"
                        + "\nAssessed by: stm-admin\nRationale: Rahoituspäätös viivästyy.");
        assertThat(text(told.get(0), "title", "fi")).isEqualTo("Toteutusvarmuus laski: TP5");
        assertThat(told.get(0).get("link")).isEqualTo("/programmes/SHKO/work-packages/TP5");
    }

    @Test
    void an_event_against_its_schema_is_dead_lettered_and_tells_nobody() throws Exception {
        String owner = "owner-" + id().substring(0, 8);
        RequestPostProcessor ownerToken = People.viewer(owner, "fi", null);
        mvc.perform(get("/api/notifications").with(ownerToken)).andExpect(status().isOk());
        String workPackage = id();
        events.workPackageDefined(workPackage, "SHKO", "TP4", owner, T0);
        await().until(() -> directory.workPackage(workPackage).isPresent());
        CloudEvent invalid = TestEvents.unchecked(MilestoneEvents.OVERDUE, "milestone-" + id(), 3, T0,
                "{\"milestoneId\":3,\"parent\":{\"kind\":\"WORK_PACKAGE\",\"id\":\"" + workPackage + "\"}}");
        try (TopicRecords deadLetters = new TopicRecords(broker, DeadLetterTopics.of(Topics.MILESTONES))) {
            kafka.send(new ProducerRecord<>(Topics.MILESTONES, invalid.getSubject(), invalid)).join();
            events.milestoneOverdue(id(), "SHKO", new ParentData("WORK_PACKAGE", workPackage, "TP4", "TP4"), T0);
            deadLetters.awaitRecord(invalid.getSubject(), MilestoneEvents.OVERDUE.type());
        }
        await().untilAsserted(() -> assertThat(items(ownerToken, "MILESTONE_OVERDUE")).hasSize(1));
    }

    @Test
    void a_user_marks_their_own_notifications_read_and_cannot_touch_anyone_elses() throws Exception {
        RequestPostProcessor first = People.reporter("reporter-13-a" + id().substring(0, 6), "13", "fi", null);
        RequestPostProcessor second = People.reporter("reporter-13-b" + id().substring(0, 6), "13", "fi", null);
        RequestPostProcessor stranger = People.reporter("reporter-14-" + id().substring(0, 6), "14", "fi", null);
        mvc.perform(get("/api/notifications").with(stranger)).andExpect(status().isOk());
        String round = id();
        String measure = id();
        events.roundOpened(round, "Kierros 13", T0.plus(Duration.ofDays(30)), List.of("13"), List.of(measure), T0);
        CloudEvent returned = events.report(ReportingEvents.REPORT_RETURNED, id(), 2, round, "13", measure, "TP6.1", "Korjaa taso.", T0);
        events.again(returned); // delivered twice, told once
        events.report(ReportingEvents.REPORT_RETURNED, id(), 4, round, "13", measure, "TP6.1", "Korjaa taso uudelleen.", T0.plusSeconds(1));
        await().untilAsserted(() -> mvc.perform(get("/api/notifications").with(first)).andExpect(jsonPath("$.total").value(2)));
        String newest = (String) firstItem(first).get("id");

        mvc.perform(post("/api/notifications/{id}/read", newest).with(stranger))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/notifications/{id}/read", "no-such-notification").with(first))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/notifications/{id}/read", newest).with(first)).andExpect(status().isNoContent());
        mvc.perform(get("/api/notifications").with(first))
                .andExpect(jsonPath("$.unreadCount").value(1))
                .andExpect(jsonPath("$.items[0].id").value(newest))
                .andExpect(jsonPath("$.items[0].read").value(true))
                .andExpect(jsonPath("$.items[1].read").value(false));
        mvc.perform(get("/api/notifications").param("unread", "true").with(first))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].read").value(false));
        // read marks are each user's own: the other reporter of the region still has both unread
        mvc.perform(get("/api/notifications").with(second)).andExpect(jsonPath("$.unreadCount").value(2));

        mvc.perform(post("/api/notifications/read-all").with(first)).andExpect(status().isNoContent());
        mvc.perform(get("/api/notifications").with(first)).andExpect(jsonPath("$.unreadCount").value(0))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/notifications").param("size", "1").param("page", "1").with(first))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1)).andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void preferences_default_to_the_token_and_bad_ones_are_refused_as_problems() throws Exception {
        String username = "viewer-" + id().substring(0, 8);
        RequestPostProcessor viewer = People.viewer(username, "sv-FI", username + "@stm.test");
        mvc.perform(get("/api/notifications/preferences").with(viewer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(username + "@stm.test"))
                .andExpect(jsonPath("$.language").value("sv"))
                .andExpect(jsonPath("$.emailDigest").value("IMMEDIATE"));
        mvc.perform(get("/api/notifications/preferences").with(People.viewer("no-mail-" + id().substring(0, 8), "de", null)))
                .andExpect(jsonPath("$.email").doesNotExist()).andExpect(jsonPath("$.language").value("fi"))
                .andExpect(jsonPath("$.emailDigest").value("OFF"));

        expectProblem(viewer, "{\"email\":\"a@b.fi\",\"language\":\"de\",\"emailDigest\":\"DAILY\"}", 422);
        expectProblem(viewer, "{\"email\":\"not-an-address\",\"language\":\"fi\",\"emailDigest\":\"DAILY\"}", 422);
        expectProblem(viewer, "{\"email\":null,\"language\":\"fi\",\"emailDigest\":\"DAILY\"}", 422);
        expectProblem(viewer, "{\"email\":\"a@b.fi\",\"language\":\"fi\",\"emailDigest\":\"WEEKLY\"}", 400);
        expectProblem(viewer, "{\"email\":\"a@b.fi\",\"language\":\"fi\",\"emailDigest\":\"DAILY\",\"cc\":\"x@y.fi\"}", 400);
        expectProblem(viewer, "not json", 400);

        mvc.perform(put(viewer, "{\"email\":\" new@stm.test \",\"language\":\"en\",\"emailDigest\":\"OFF\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("new@stm.test"));
        mvc.perform(get("/api/notifications/preferences").with(viewer))
                .andExpect(jsonPath("$.email").value("new@stm.test")).andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.emailDigest").value("OFF"));
    }

    @Test
    void the_inbox_refuses_bad_paging_and_callers_without_a_role() throws Exception {
        RequestPostProcessor viewer = People.viewer("pager-" + id().substring(0, 8), "fi", null);
        mvc.perform(get("/api/notifications").param("size", "0").with(viewer)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/notifications").param("unread", "maybe").with(viewer)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/notifications?kind=x").with(viewer)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/notifications").with(People.token("nobody", null, null, null, "unrelated-role")))
                .andExpect(status().isForbidden());
    }

    private void expectProblem(RequestPostProcessor who, String body, int status) throws Exception {
        mvc.perform(put(who, body)).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static org.springframework.test.web.servlet.RequestBuilder put(RequestPostProcessor who, String body) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/notifications/preferences")
                .contentType(MediaType.APPLICATION_JSON).content(body).with(who);
    }

    private List<Map<String, Object>> items(RequestPostProcessor who, String kind) throws Exception {
        String json = mvc.perform(get("/api/notifications").param("size", "100").with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(json, "$.items");
        return items.stream().filter(item -> kind.equals(item.get("kind"))).toList();
    }

    private Map<String, Object> firstItem(RequestPostProcessor who) throws Exception {
        String json = mvc.perform(get("/api/notifications").with(who)).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.items[0]");
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> item, String field, String language) {
        return (String) ((Map<String, Object>) item.get(field)).get(language);
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The content of the message's first part of {@code type}, however deep it is nested. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
