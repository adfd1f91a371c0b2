package fi.tiekartta.notification.mail;

import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.FeedItem;
import fi.tiekartta.notification.inbox.Kind;
import fi.tiekartta.notification.inbox.Notification;
import fi.tiekartta.notification.inbox.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestsTest {

    @Test
    void several_notifications_make_one_message_oldest_first_with_every_value_escaped_in_html() {
        Notification older = notification("1", Instant.parse("2026-12-01T08:00:00Z"), "Vanhempi <b>", "/verification");
        Notification newer = notification("2", Instant.parse("2026-12-01T09:00:00Z"), "Uudempi & muu", null);
        MailMessage mail = Digests.compose("a@x.fi", "fi", List.of(item(newer, 2), item(older, 1)), "https://t.example");
        assertThat(mail.subject()).isEqualTo("Tiekartta: 2 uutta ilmoitusta");
        assertThat(mail.text()).startsWith("Hei,");
        assertThat(mail.text().indexOf("Vanhempi")).isLessThan(mail.text().indexOf("Uudempi"));
        assertThat(mail.text()).contains("Avaa Tiekartassa: https://t.example/verification",
                "https://t.example/notifications/preferences");
        assertThat(mail.html()).contains("Vanhempi &lt;b&gt;", "Uudempi &amp; muu", "<a href=\"https://t.example/verification\">")
                .doesNotContain("<b>");
    }

    private static FeedItem item(Notification notification, long seq) {
        return new FeedItem(Audience.verifiers(), seq, notification);
    }

    private static Notification notification(String id, Instant at, String title, String link) {
        return new Notification(id, Kind.REPORTS_AWAIT_VERIFICATION, at, new Texts(title, title, title),
                new Texts("Runko", "Brödtext", "Body"), link, "SHKO", null);
    }
}
