package fi.tiekartta.notification.mail;

import fi.tiekartta.notification.inbox.FeedItem;
import fi.tiekartta.notification.inbox.Notification;

import java.util.Comparator;
import java.util.List;

/**
 * A digest: the notifications not yet mailed to a user, oldest first, in one message in the user's language, as plain
 * text and as simple HTML (headings, paragraphs, links; every value escaped).
 */
public final class Digests {

    private Digests() {
    }

    public static MailMessage compose(String to, String language, List<FeedItem> items, String uiBaseUrl) {
        List<Notification> notifications = items.stream().map(FeedItem::notification)
                .sorted(Comparator.comparing(Notification::createdAt)).toList();
        Words words = Words.of(language);
        String subject = notifications.size() == 1
                ? "Tiekartta: " + notifications.get(0).title().in(language)
                : "Tiekartta: " + words.count(notifications.size());
        StringBuilder text = new StringBuilder(words.greeting()).append("\n\n").append(words.intro()).append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(words.language())
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(subject)).append("</title></head><body>")
                .append("<p>").append(escape(words.greeting())).append("</p><p>").append(escape(words.intro())).append("</p>");
        for (Notification n : notifications) {
            String title = n.title().in(language);
            String body = n.body().in(language);
            String link = n.link() == null ? null : uiBaseUrl + n.link();
            text.append("\n").append(title).append("\n").append("-".repeat(Math.min(title.length(), 72))).append("\n")
                    .append(body).append("\n");
            html.append("<h2>").append(escape(title)).append("</h2><p>")
                    .append(escape(body).replace("\n", "<br>")).append("</p>");
            if (link != null) {
                text.append(words.open()).append(": ").append(link).append("\n");
                html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(words.open())).append("</a></p>");
            }
        }
        String footer = words.footer(uiBaseUrl + "/notifications/preferences");
        text.append("\n--\n").append(footer).append("\n");
        html.append("<hr><p>").append(escape(footer)).append("</p></body></html>");
        return new MailMessage(to, subject, text.toString(), html.toString());
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The digest's own words in one language. */
    private record Words(String language, String greeting, String intro, String one, String many, String open,
            String footerText) {

        static Words of(String language) {
            return switch (language) {
                case "sv" -> new Words("sv", "Hej,", "Det här har hänt i Tiekartta sedan förra meddelandet:",
                        "1 nytt meddelande", "%d nya meddelanden", "Öppna i Tiekartta",
                        "Du får det här meddelandet eftersom e-postmeddelanden från Tiekartta är påslagna för ditt konto. Du "
                                + "kan ändra språk och hur ofta du får dem, eller stänga av dem, här: %s");
                case "en" -> new Words("en", "Hello,", "This has happened in Tiekartta since the last message:",
                        "1 new notification", "%d new notifications", "Open in Tiekartta",
                        "You receive this message because e-mail notifications from Tiekartta are switched on for your account. "
                                + "You can change the language and how often you receive them, or turn them off, here: %s");
                default -> new Words("fi", "Hei,", "Tiekartassa on tapahtunut edellisen viestin jälkeen seuraavaa:",
                        "1 uusi ilmoitus", "%d uutta ilmoitusta", "Avaa Tiekartassa",
                        "Saat tämän viestin, koska Tiekartan sähköposti-ilmoitukset ovat käytössä tunnuksellasi. Voit vaihtaa "
                                + "kieltä ja viestien tiheyttä tai lopettaa viestit täällä: %s");
            };
        }

        String count(int n) {
            return n == 1 ? one : String.format(many, n);
        }

        String footer(String preferences) {
            return String.format(footerText, preferences);
        }
    }
}
