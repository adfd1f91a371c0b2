package fi.tiekartta.notification.roadmap;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.milestone.MilestoneOverdue;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.Kind;
import fi.tiekartta.notification.inbox.Links;
import fi.tiekartta.notification.inbox.Names;
import fi.tiekartta.notification.inbox.Notification;
import fi.tiekartta.notification.inbox.Texts;

import java.time.Instant;
import java.util.Optional;

/**
 * The notifications of the roadmap, in Finnish, Swedish and English: a milestone gone overdue and a fall in a work
 * package's delivery confidence, told to the work package's owner, or to the programme admins while it has none.
 */
public final class RoadmapMessages {

    private RoadmapMessages() {
    }

    /** Whom a work package's news goes to: its owner, or the admins while it has none (or is not known yet). */
    public static Audience audienceOf(Optional<KnownWorkPackage> workPackage) {
        return workPackage.filter(KnownWorkPackage::hasOwner).map(wp -> Audience.user(wp.owner().strip()))
                .orElse(Audience.admins());
    }

    public static Notification milestoneOverdue(String eventId, MilestoneOverdue milestone,
            Optional<KnownWorkPackage> workPackage, Instant now) {
        Audience audience = audienceOf(workPackage);
        Names title = names(milestone.title());
        String key = milestone.code() != null ? milestone.code() : title.in("fi", milestone.milestoneId());
        String wpCode = workPackage.map(KnownWorkPackage::code)
                .orElse(milestone.parent() == null ? null : milestone.parent().workPackageCode());
        Names wpTitle = workPackage.map(KnownWorkPackage::title).orElse(Names.NONE);
        Names forecast = milestone.forecast() == null ? Names.NONE : names(milestone.forecast().label());
        boolean unowned = audience.equals(Audience.admins());
        Texts heading = new Texts("Virstanpylväs myöhässä: " + key, "Milstolpen är försenad: " + key, "Milestone overdue: " + key);
        Texts body = new Texts(
                "Virstanpylvään ennuste on päättynyt, eikä sitä ole kirjattu saavutetuksi."
                        + line("Virstanpylväs", join(milestone.code(), title.in("fi")))
                        + line("Ennuste", forecast.in("fi")) + line("Työpaketti", join(wpCode, wpTitle.in("fi")))
                        + (unowned ? "\nTyöpaketilla ei ole omistajaa, joten viesti menee ohjelman ylläpitäjille." : "")
                        + "\n\nPäivitä ennuste tai kirjaa, miten virstanpylvään kävi.",
                "Prognosen för milstolpen har löpt ut och milstolpen har inte registrerats som uppnådd."
                        + line("Milstolpe", join(milestone.code(), title.in("sv")))
                        + line("Prognos", forecast.in("sv")) + line("Arbetspaket", join(wpCode, wpTitle.in("sv")))
                        + (unowned ? "\nArbetspaketet har ingen ägare, så meddelandet går till programmets administratörer." : "")
                        + "\n\nUppdatera prognosen eller registrera hur det gick med milstolpen.",
                "The milestone's forecast has ended and it has not been recorded as achieved."
                        + line("Milestone", join(milestone.code(), title.in("en")))
                        + line("Forecast", forecast.in("en")) + line("Work package", join(wpCode, wpTitle.in("en")))
                        + (unowned ? "\nThe work package has no owner, so this goes to the programme's administrators." : "")
                        + "\n\nPlease update the forecast or record how the milestone ended.");
        String programmeCode = milestone.programmeCode() != null ? milestone.programmeCode()
                : workPackage.map(KnownWorkPackage::programmeCode).orElse(null);
        return new Notification(Notification.idOf(Kind.MILESTONE_OVERDUE, audience, eventId), Kind.MILESTONE_OVERDUE,
                milestone.detectedAt() != null ? milestone.detectedAt() : now, heading, body,
                Links.workPackage(programmeCode, wpCode), programmeCode, null);
    }

    public static Notification confidenceDropped(String eventId, ConfidenceChanged change,
            Optional<KnownWorkPackage> workPackage, Instant now) {
        Audience audience = audienceOf(workPackage);
        Names wpTitle = workPackage.map(KnownWorkPackage::title).orElse(Names.NONE);
        Texts before = Confidence.valueOf(change.previousRating()).label();
        Texts after = Confidence.valueOf(change.rating()).label();
        boolean unowned = audience.equals(Audience.admins());
        String code = change.code();
        Texts heading = new Texts("Toteutusvarmuus laski: " + code, "Leveranssäkerheten sjönk: " + code,
                "Delivery confidence dropped: " + code);
        Texts body = new Texts(
                "Työpaketin toteutusvarmuus laski: " + before.fi() + " → " + after.fi() + "."
                        + line("Työpaketti", join(code, wpTitle.in("fi"))) + line("Arvioija", change.assessedBy())
                        + line("Perustelu", change.rationale())
                        + (unowned ? "\nTyöpaketilla ei ole omistajaa, joten viesti menee ohjelman ylläpitäjille." : ""),
                "Arbetspaketets leveranssäkerhet sjönk: " + before.sv() + " → " + after.sv() + "."
                        + line("Arbetspaket", join(code, wpTitle.in("sv"))) + line("Bedömare", change.assessedBy())
                        + line("Motivering", change.rationale())
                        + (unowned ? "\nArbetspaketet har ingen ägare, så meddelandet går till programmets administratörer." : ""),
                "The work package's delivery confidence dropped from " + before.en() + " to " + after.en() + "."
                        + line("Work package", join(code, wpTitle.in("en"))) + line("Assessed by", change.assessedBy())
                        + line("Rationale", change.rationale())
                        + (unowned ? "\nThe work package has no owner, so this goes to the programme's administrators." : ""));
        String programmeCode = change.programmeCode() != null ? change.programmeCode()
                : workPackage.map(KnownWorkPackage::programmeCode).orElse(null);
        return new Notification(Notification.idOf(Kind.CONFIDENCE_DROPPED, audience, eventId), Kind.CONFIDENCE_DROPPED,
                change.assessedAt() != null ? change.assessedAt() : now, heading, body,
                Links.workPackage(programmeCode, code), programmeCode, null);
    }

    public static Names names(LocalizedText text) {
        return text == null ? Names.NONE : new Names(text.fi(), text.sv(), text.en());
    }

    private static String join(String code, String name) {
        if (code == null || code.isBlank()) {
            return name;
        }
        return name == null ? code : code + " " + name;
    }

    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : "\n" + label + ": " + value;
    }
}
