package fi.tiekartta.web.notifications;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ApiProblem.FieldProblem;
import fi.tiekartta.web.api.NotificationsApi;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static fi.tiekartta.web.roadmap.ReadFixtures.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox, the e-mail preferences and the header's unread count, on notification-service's answers as the
 * shared API contract gives them (src/test/resources/notifications). The count's quiet period after a failure is
 * off here, so that each test sees its own stub; {@link UnreadBadgeTimeoutTest} covers it against a real server.
 */
@SpringBootTest(properties = "tiekartta.notifications.unread-count.quiet-after-failure=0s")
@AutoConfigureMockMvc
class NotificationPagesTest {

    static final String RETURNED = "6f1c2a0e-5b7d-4c1e-9a52-2f0d8c3e7b11";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationsApi notifications;

    // --- the inbox ---

    @Test
    void theInboxShowsTheUsersNotificationsNewestFirstWithTheUnreadOnesMarkedInWords() throws Exception {
        when(notifications.inbox(false, 0, 20)).thenReturn(json("inbox-page-1.json"));
        String html = page("/notifications", SignedIn.reporterOfPaijatHame());

        assertThat(html).contains("<h1 id=\"page-heading\">Ilmoitukset</h1>")
                .contains("Sinulla on 2 lukematonta ilmoitusta.")
                .contains("Sivu 1/3, yhteensä 45 ilmoitusta, uusin ensin.");
        String list = part(html, "<ol class=\"notification-list\"", "</ol>");
        assertThat(list.indexOf("Raportti palautettiin korjattavaksi: TP6.2"))
                .isLessThan(list.indexOf("Raportoinnin määräaika lähestyy"))
                .isLessThan(list.indexOf("Kierros 2026 H1 avattiin"));
        assertThat(html).contains("<li class=\"notification panel notification--unread\" id=\"notification-" + RETURNED + "\">")
                .contains("<li class=\"notification panel notification--read\" id=\"notification-a2b3c4d5-0000-4000-8000-000000000003\">");
        String returned = part(html, "id=\"notification-" + RETURNED + "\"", "</li>");
        assertThat(returned).contains("<span aria-hidden=\"true\">●</span><span>Lukematon</span>")
                .contains("href=\"/reporting/regions/09/rounds/0c7e54a9-6f62-4a8f-9a3b-6d4a2f1e8b20/measures/TP6.2\"")
                .contains("Tarkastaja palautti Päijät-Hämeen raportin")
                .contains("<time datetime=\"2026-12-03T10:06:00Z\">3.12.2026 klo 12.06</time>")
                .contains("Raportti palautettu").contains("alue 09")
                .contains("action=\"/notifications/" + RETURNED + "/read\"").contains("name=\"_csrf\"")
                .contains("<span>Merkitse luetuksi</span><span class=\"visually-hidden\">: <span>Raportti palautettiin korjattavaksi: TP6.2</span></span></button>");
        String read = part(html, "id=\"notification-a2b3c4d5-0000-4000-8000-000000000003\"", "</li>");
        assertThat(read).doesNotContain("Lukematon").doesNotContain("<form")
                .doesNotContain("<a ").doesNotContain("notifications.kind.");
        assertThat(html).contains("id=\"mark-all-read\"").contains("action=\"/notifications/read-all\"")
                .contains("<a id=\"notifications-older\" href=\"/notifications?page=1\">")
                .doesNotContain("id=\"notifications-newer\"")
                .contains("<a id=\"preferences-link\" href=\"/notifications/preferences\"");
    }

    @Test
    void aLinkThatIsNotAPathOnThisSiteIsNotShown() throws Exception {
        when(notifications.inbox(false, 0, 20)).thenReturn(json("inbox-page-1.json"));
        String html = page("/notifications", SignedIn.reporterOfPaijatHame());
        assertThat(html).doesNotContain("javascript:");
        assertThat(InboxEntry.pageOnThisSite("/reporting")).isEqualTo("/reporting");
        assertThat(InboxEntry.pageOnThisSite("//evil.example/x")).isNull();
        assertThat(InboxEntry.pageOnThisSite("/\\evil.example")).isNull();
        assertThat(InboxEntry.pageOnThisSite("https://evil.example/")).isNull();
        assertThat(InboxEntry.pageOnThisSite("/x\ny")).isNull();
    }

    @Test
    void inEnglishTheTextsAreEnglishAndATextOnlyInFinnishSaysSo() throws Exception {
        when(notifications.inbox(false, 0, 20)).thenReturn(json("inbox-page-1.json"));
        String html = page("/notifications?lang=en", SignedIn.reporterOfPaijatHame());
        assertThat(html).contains("<html lang=\"en\"").contains("<h1 id=\"page-heading\">Notifications</h1>")
                .contains("Report returned for correction: TP6.2").contains("You have 2 unread notifications.")
                .contains("3 Dec 2026, 12:06").contains("Mark as read")
                .contains("<span lang=\"fi\"><span>Raportoinnin määräaika lähestyy: 2026 H1</span>")
                .contains("class=\"note\" lang=\"en\"> (in Finnish, not available in the chosen language)</span>")
                .contains("lang=\"fi\">Raportoinnin määräaika lähestyy: 2026 H1</span></span></button>");
    }

    @Test
    void inSwedish() throws Exception {
        when(notifications.inbox(false, 0, 20)).thenReturn(json("inbox-page-1.json"));
        String html = page("/notifications?lang=sv", SignedIn.reporterOfPaijatHame());
        assertThat(html).contains("<h1 id=\"page-heading\">Aviseringar</h1>").contains("Du har 2 olästa aviseringar.")
                .contains("Rapporten returnerades för korrigering: TP6.2").contains("3.12.2026 kl. 12.06")
                .contains("Markera alla som lästa").contains("Oläst");
    }

    @Test
    void theUnreadViewAsksOnlyForUnreadOnesAndKeepsItsPlaceInThePager() throws Exception {
        when(notifications.inbox(true, 1, 20)).thenReturn(json("inbox-page-1.json"));
        String html = page("/notifications?show=unread&page=1", SignedIn.reporterOfPaijatHame());
        assertThat(html).contains("<a id=\"show-unread\" href=\"/notifications?show=unread\" aria-current=\"page\">")
                .contains("<a id=\"notifications-newer\" href=\"/notifications?show=unread\">")
                .contains("<a id=\"notifications-older\" href=\"/notifications?show=unread&amp;page=2\">")
                .contains("<input type=\"hidden\" name=\"show\" value=\"unread\">")
                .contains("<input type=\"hidden\" name=\"page\" value=\"1\">");
    }

    @Test
    void anEmptyInboxSaysWhatWillAppearThere() throws Exception {
        when(notifications.inbox(false, 0, 20)).thenReturn(Map.of("items", List.of(), "unreadCount", 0, "page", 0, "size", 20, "total", 0));
        String html = page("/notifications", SignedIn.viewer());
        assertThat(html).contains("id=\"notifications-none\"").contains("Sinulla ei ole ilmoituksia.")
                .contains("Kun jokin sinua koskeva asia muuttuu").doesNotContain("id=\"unread-summary\"")
                .doesNotContain("id=\"mark-all-read\"").doesNotContain("notification-list").doesNotContain("class=\"pager\"");
    }

    @Test
    void aPageThatNoLongerHasNotificationsLeadsToTheLastOne() throws Exception {
        when(notifications.inbox(true, 3, 20)).thenReturn(Map.of("items", List.of(), "unreadCount", 41, "page", 3, "size", 20, "total", 41));
        mvc.perform(get("/notifications").param("show", "unread").param("page", "3").with(SignedIn.viewer()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notifications?show=unread&page=2"));
    }

    @Test
    void markingOneAsReadPostsAndComesBackToTheSameView() throws Exception {
        mvc.perform(post("/notifications/{id}/read", RETURNED).param("show", "unread").param("page", "1")
                        .with(SignedIn.reporterOfPaijatHame()).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/notifications?show=unread&page=1&done=read"));
        verify(notifications).markRead(RETURNED);

        when(notifications.inbox(true, 1, 20)).thenReturn(json("inbox-page-1.json"));
        String html = page("/notifications?show=unread&page=1&done=read", SignedIn.reporterOfPaijatHame());
        assertThat(html).contains("role=\"status\" id=\"done-notice\"").contains("Ilmoitus merkittiin luetuksi.");
    }

    @Test
    void markingAllAsRead() throws Exception {
        mvc.perform(post("/notifications/read-all").with(SignedIn.verifier()).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/notifications?done=allRead"));
        verify(notifications).markAllRead();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/notifications/{id}/read", RETURNED).with(SignedIn.verifier())).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/read-all").with(SignedIn.verifier())).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/preferences").param("emailDigest", "OFF").param("language", "fi")
                .with(SignedIn.verifier())).andExpect(status().isForbidden());
        verify(notifications, never()).markRead(any());
        verify(notifications, never()).markAllRead();
        verify(notifications, never()).savePreferences(any());
    }

    @Test
    void theInboxNeedsASignedInUser() throws Exception {
        mvc.perform(get("/notifications")).andExpect(status().isUnauthorized());
    }

    @Test
    void whenTheServiceIsDownTheInboxSaysSoInTheFrame() throws Exception {
        when(notifications.inbox(anyBoolean(), anyInt(), anyInt())).thenThrow(new ResourceAccessException("Connection refused"));
        when(notifications.unreadCount()).thenThrow(new ResourceAccessException("Connection refused"));
        String html = mvc.perform(get("/notifications").with(SignedIn.viewer()))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"nav-notifications\"").contains("Kirjaudu ulos");
    }

    // --- the header's link and count ---

    @Test
    void everyPageLinksTheInboxWithTheUnreadCountExplainedToScreenReaders() throws Exception {
        when(notifications.unreadCount()).thenReturn(3);
        assertThat(page("/accessibility", SignedIn.viewer())).contains("<a id=\"nav-notifications\" href=\"/notifications\"><span>Ilmoitukset</span> "
                + "<span class=\"nav-count\">(<span>3</span><span class=\"visually-hidden\"> lukematonta</span>)</span></a>");
        org.mockito.Mockito.doReturn(1).when(notifications).unreadCount();
        assertThat(page("/accessibility?lang=sv", SignedIn.viewer())).contains("<span>Aviseringar</span> "
                + "<span class=\"nav-count\">(<span>1</span><span class=\"visually-hidden\"> oläst</span>)</span>");
        org.mockito.Mockito.doReturn(0).when(notifications).unreadCount();
        assertThat(page("/accessibility?lang=en", SignedIn.viewer()))
                .contains("<a id=\"nav-notifications\" href=\"/notifications\"><span>Notifications</span></a>");
    }

    @Test
    void theInboxLinkIsMarkedAsTheCurrentPageOnTheInboxAndThePreferences() throws Exception {
        when(notifications.inbox(false, 0, 20)).thenReturn(json("inbox-page-1.json"));
        when(notifications.preferences()).thenReturn(json("preferences.json"));
        assertThat(page("/notifications", SignedIn.viewer())).contains("<a id=\"nav-notifications\" href=\"/notifications\" aria-current=\"page\">");
        assertThat(page("/notifications/preferences", SignedIn.viewer())).contains("<a id=\"nav-notifications\" href=\"/notifications\" aria-current=\"page\">");
    }

    @Test
    void whenTheServiceDoesNotAnswerThePagesStillRenderWithTheLinkWithoutACount() throws Exception {
        when(notifications.unreadCount()).thenThrow(new ResourceAccessException("Read timed out"));
        assertThat(page("/accessibility", SignedIn.viewer()))
                .contains("<a id=\"nav-notifications\" href=\"/notifications\"><span>Ilmoitukset</span></a>");

        doThrow(new ApiProblem(503, "Service Unavailable", null, List.of())).when(notifications).unreadCount();
        assertThat(page("/accessibility", SignedIn.viewer()))
                .contains("<a id=\"nav-notifications\" href=\"/notifications\"><span>Ilmoitukset</span></a>");

        doThrow(new IllegalStateException("The inbox answer has no unreadCount")).when(notifications).unreadCount();
        assertThat(page("/accessibility", SignedIn.viewer())).contains("<span>Ilmoitukset</span></a>");
    }

    @Test
    void aRedirectAndAPageWithoutAUserDoNotAskForTheCount() throws Exception {
        mvc.perform(post("/notifications/read-all").with(SignedIn.viewer()).with(csrf())).andExpect(status().isSeeOther());
        mvc.perform(get("/accessibility")).andExpect(status().isOk());
        verify(notifications, never()).unreadCount();
    }

    // --- e-mail preferences ---

    @Test
    void thePreferencesShowTheAddressAndTheChoicesAsRadioGroups() throws Exception {
        when(notifications.preferences()).thenReturn(json("preferences.json"));
        String html = page("/notifications/preferences", SignedIn.reporterOfPaijatHame());
        assertThat(html).contains("<h1 id=\"page-heading\">Sähköposti-ilmoitusten asetukset</h1>")
                .contains("<dd>reporter-paijat-hame@example.fi</dd>")
                .contains("<fieldset id=\"emailDigest-group\" aria-describedby=\"emailDigest-hint\">")
                .contains("<legend>Ilmoitukset sähköpostiin</legend>")
                .contains("<input type=\"radio\" id=\"emailDigest-IMMEDIATE\" name=\"emailDigest\" value=\"IMMEDIATE\" checked=\"checked\">")
                .contains("<label for=\"emailDigest-DAILY\">Kerran päivässä koosteena</label>")
                .contains("<legend>Sähköpostien kieli</legend>")
                .contains("<input type=\"radio\" id=\"language\" name=\"language\" value=\"fi\" checked=\"checked\">")
                .contains("action=\"/notifications/preferences\"").contains("name=\"_csrf\"");
    }

    @Test
    void withoutAnAddressThePageSaysNoEmailCanBeSent() throws Exception {
        when(notifications.preferences()).thenReturn(Map.of("language", "sv", "emailDigest", "OFF"));
        String html = page("/notifications/preferences?lang=sv", SignedIn.viewer());
        assertThat(html).contains("<dd>ingen e-postadress</dd>").contains("Ditt användarkonto har ingen e-postadress")
                .contains("value=\"OFF\" checked=\"checked\"").contains("value=\"sv\" checked=\"checked\"");
    }

    @Test
    void savingPutsTheWholePreferencesWithTheAddressTheServiceHasAndSaysSo() throws Exception {
        when(notifications.preferences()).thenReturn(json("preferences.json"));
        mvc.perform(post("/notifications/preferences").param("emailDigest", "DAILY").param("language", "sv")
                        .param("email", "someone-else@example.org")
                        .with(SignedIn.reporterOfPaijatHame()).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/notifications/preferences?done=saved"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        verify(notifications).savePreferences(sent.capture());
        assertThat(sent.getValue()).containsExactly(Map.entry("email", "reporter-paijat-hame@example.fi"),
                Map.entry("language", "sv"), Map.entry("emailDigest", "DAILY"));

        String html = page("/notifications/preferences?done=saved", SignedIn.reporterOfPaijatHame());
        assertThat(html).contains("role=\"status\" id=\"done-notice\"").contains("Asetukset tallennettiin.");
    }

    @Test
    void aMissingChoiceIsShownAtItsFieldAndNothingIsSaved() throws Exception {
        when(notifications.preferences()).thenReturn(json("preferences.json"));
        String html = mvc.perform(post("/notifications/preferences").param("language", "de")
                        .with(SignedIn.reporterOfPaijatHame()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Virhe: Sähköposti-ilmoitusten asetukset – Tiekartta</title>")
                .contains("id=\"error-summary\"").contains("<a href=\"#emailDigest\">")
                .contains("<a href=\"#language\">").contains("Valitse sähköpostien kieli.")
                .contains("id=\"emailDigest-error\"").contains("aria-describedby=\"emailDigest-hint emailDigest-error\"")
                .contains("aria-invalid=\"true\"");
        verify(notifications, never()).savePreferences(any());
    }

    @Test
    void theServicesValidationErrorsAreShownAtTheirFieldsOrAboveTheForm() throws Exception {
        when(notifications.preferences()).thenReturn(json("preferences.json"));
        doThrow(new ApiProblem(422, "Unprocessable Content", "Invalid preferences", List.of(
                new FieldProblem("emailDigest", "must not be null"),
                new FieldProblem("email", "An e-mail digest needs an e-mail address"))))
                .when(notifications).savePreferences(any());
        String html = mvc.perform(post("/notifications/preferences").param("emailDigest", "DAILY").param("language", "fi")
                        .with(SignedIn.reporterOfPaijatHame()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"error-summary\"").contains("<a href=\"#emailDigest\">")
                .contains("id=\"emailDigest-error\"")
                .contains("<span lang=\"en\">email: An e-mail digest needs an e-mail address</span>")
                // the user's choice stays on the form
                .contains("value=\"DAILY\" aria-invalid=\"true\" checked=\"checked\"");
    }

    /** notification-service's own rule answers (422, a detail and no errors[]) go to the field they concern. */
    @Test
    void aDigestWithoutAnAddressIsShownAtTheDigestChoiceInTheUsersLanguage() throws Exception {
        when(notifications.preferences()).thenReturn(Map.of("language", "fi", "emailDigest", "OFF"));
        doThrow(new ApiProblem(422, "Unprocessable Content", "An e-mail digest needs an e-mail address; give one or choose OFF.",
                List.of())).when(notifications).savePreferences(any());
        String html = mvc.perform(post("/notifications/preferences").param("emailDigest", "DAILY").param("language", "fi")
                        .param("lang", "sv").with(SignedIn.viewer()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<a href=\"#emailDigest\"><span>E-post kan inte skickas eftersom ditt användarkonto saknar e-postadress.")
                .contains("id=\"emailDigest-error\"").doesNotContain("lang=\"en\">An e-mail digest");
    }

    @Test
    void aRefusalThatIsNotAboutTheFormIsThePagesError() throws Exception {
        when(notifications.preferences()).thenReturn(json("preferences.json"));
        doThrow(new ApiProblem(403, "Forbidden", null, List.of())).when(notifications).savePreferences(any());
        mvc.perform(post("/notifications/preferences").param("emailDigest", "OFF").param("language", "fi")
                        .with(SignedIn.viewer()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static Map<String, Object> json(String name) {
        try (InputStream in = NotificationPagesTest.class.getResourceAsStream("/notifications/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return JSON.readValue(in, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
