package fi.tiekartta.notification.reporting;

import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.Kind;
import fi.tiekartta.notification.inbox.Links;
import fi.tiekartta.notification.inbox.Names;
import fi.tiekartta.notification.inbox.Notification;
import fi.tiekartta.notification.inbox.Regions;
import fi.tiekartta.notification.inbox.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notifications of regional reporting, written in Finnish, Swedish and English. A body names what it is about by
 * its human keys (region, measure code and title, round, deadline in Finnish time) on labelled lines, which reads
 * naturally in every language without inflecting a region's name.
 */
public final class ReportingMessages {

    /** The web UI's page of the region's rounds (the reporter's starting point). */
    static final String REPORTING_PAGE = "/reporting";
    /** The web UI's verification queue. */
    static final String VERIFICATION_QUEUE = "/verification";

    private ReportingMessages() {
    }

    /** To the region's reporters: a verifier returned their report for correction, with the verifier's comment. */
    public static Notification returned(ReportChange report, Optional<RoundWatch> round, Instant now) {
        Audience audience = Audience.reporters(report.regionCode());
        Names region = Regions.name(report.regionCode());
        Names measure = round.map(r -> r.measureTitle(report.measureId())).orElse(Names.NONE);
        String code = report.measureCode() == null ? "" : report.measureCode();
        String comment = report.comment() == null ? "" : report.comment();
        Names roundTitle = round.map(RoundWatch::title).orElse(Names.NONE);
        Texts deadline = round.map(RoundWatch::deadline).map(Names::finnishTime).orElse(null);
        Texts title = new Texts(
                "Raportti palautettiin korjattavaksi: " + label(code, measure, "fi"),
                "Rapporten skickades tillbaka för korrigering: " + label(code, measure, "sv"),
                "Report returned for correction: " + label(code, measure, "en"));
        Texts body = new Texts(
                "Tarkastaja " + report.changedBy() + " palautti raportin korjattavaksi."
                        + line("Alue", region.in("fi")) + line("Toimenpide", label(code, measure, "fi"))
                        + line("Kierros", roundTitle.in("fi")) + line("Tarkastajan kommentti", comment)
                        + "\n\nKorjaa raportti ja lähetä se uudelleen"
                        + (deadline == null ? "." : " ennen määräaikaa " + deadline.fi() + "."),
                "Granskaren " + report.changedBy() + " skickade tillbaka rapporten för korrigering."
                        + line("Område", region.in("sv")) + line("Åtgärd", label(code, measure, "sv"))
                        + line("Omgång", roundTitle.in("sv")) + line("Granskarens kommentar", comment)
                        + "\n\nKorrigera rapporten och skicka in den på nytt"
                        + (deadline == null ? "." : " före tidsfristen " + deadline.sv() + "."),
                "Verifier " + report.changedBy() + " returned the report for correction."
                        + line("Region", region.in("en")) + line("Measure", label(code, measure, "en"))
                        + line("Round", roundTitle.in("en")) + line("Verifier's comment", comment)
                        + "\n\nPlease correct the report and submit it again"
                        + (deadline == null ? "." : " before the deadline, " + deadline.en() + "."));
        String link = "/reporting/regions/" + Links.segment(report.regionCode()) + "/rounds/" + Links.segment(report.roundId())
                + "/measures/" + Links.segment(report.measureId());
        return new Notification(Notification.idOf(Kind.REPORT_RETURNED, audience, report.eventId()), Kind.REPORT_RETURNED,
                orNow(report.at(), now), title, body, link, report.programmeCode(), report.regionCode());
    }

    /** To the verifiers: the round has submitted reports waiting (one notification until the round's queue empties). */
    public static Notification awaitingVerification(ReportChange first, Optional<RoundWatch> round, Instant now) {
        Audience audience = Audience.verifiers();
        Names roundTitle = round.map(RoundWatch::title).filter(t -> !t.isEmpty()).orElse(null);
        Names region = Regions.name(first.regionCode());
        String code = first.measureCode() == null ? "" : first.measureCode();
        Names measure = round.map(r -> r.measureTitle(first.measureId())).orElse(Names.NONE);
        Texts title = new Texts(
                "Raportteja odottaa tarkastusta" + (roundTitle == null ? "" : ": " + roundTitle.in("fi")),
                "Rapporter väntar på granskning" + (roundTitle == null ? "" : ": " + roundTitle.in("sv")),
                "Reports await verification" + (roundTitle == null ? "" : ": " + roundTitle.in("en")));
        Texts body = new Texts(
                "Kierrokselle on lähetetty raportteja, jotka odottavat tarkastusta."
                        + line("Kierros", roundTitle == null ? null : roundTitle.in("fi"))
                        + line("Ensimmäinen", region.in("fi") + ", " + label(code, measure, "fi"))
                        + "\n\nKaikki odottavat raportit ovat tarkastusjonossa. Tästä kierroksesta ei ilmoiteta uudelleen, "
                        + "ennen kuin jono on välillä tyhjentynyt.",
                "Rapporter har skickats in till omgången och väntar på granskning."
                        + line("Omgång", roundTitle == null ? null : roundTitle.in("sv"))
                        + line("Först", region.in("sv") + ", " + label(code, measure, "sv"))
                        + "\n\nAlla rapporter som väntar finns i granskningskön. Du får inget nytt meddelande om omgången "
                        + "förrän kön har tömts.",
                "Reports have been submitted to the round and await verification."
                        + line("Round", roundTitle == null ? null : roundTitle.in("en"))
                        + line("First", region.in("en") + ", " + label(code, measure, "en"))
                        + "\n\nThe verification queue lists every report waiting. You will not be told of this round again "
                        + "until its queue has been emptied.");
        return new Notification(Notification.idOf(Kind.REPORTS_AWAIT_VERIFICATION, audience, first.eventId()),
                Kind.REPORTS_AWAIT_VERIFICATION, orNow(first.at(), now), title, body, VERIFICATION_QUEUE,
                first.programmeCode(), null);
    }

    /** To the region's reporters: the deadline is near and these measures' reports are missing. */
    public static Notification deadlineNear(RoundWatch round, String regionCode, List<RoundWatch.Measure> missing, Instant now) {
        Audience audience = Audience.reporters(regionCode);
        Names region = Regions.name(regionCode);
        Texts deadline = Names.finnishTime(round.deadline());
        int total = round.measures().size();
        Texts title = new Texts(
                "Määräaika lähestyy: " + round.title().in("fi", ""),
                "Tidsfristen närmar sig: " + round.title().in("sv", ""),
                "Deadline approaching: " + round.title().in("en", ""));
        Texts body = new Texts(
                "Raportointikierroksen määräaika lähestyy, eikä kaikkia alueen raportteja ole vielä lähetetty."
                        + line("Kierros", round.title().in("fi")) + line("Määräaika", deadline.fi())
                        + line("Alue", region.in("fi"))
                        + line("Lähettämättä", missing.size() + "/" + total + ": " + codes(missing, "fi"))
                        + "\n\nLähetä raportit ennen määräaikaa. Määräajan jälkeen raportteja voi vain korjata perustellen.",
                "Tidsfristen för rapporteringsomgången närmar sig och alla områdets rapporter har ännu inte skickats in."
                        + line("Omgång", round.title().in("sv")) + line("Tidsfrist", deadline.sv())
                        + line("Område", region.in("sv"))
                        + line("Inte inskickade", missing.size() + "/" + total + ": " + codes(missing, "sv"))
                        + "\n\nSkicka in rapporterna före tidsfristen. Efter den kan rapporterna bara korrigeras med motivering.",
                "The deadline of the reporting round is approaching and not all of the region's reports have been submitted."
                        + line("Round", round.title().in("en")) + line("Deadline", deadline.en())
                        + line("Region", region.in("en"))
                        + line("Not submitted", missing.size() + " of " + total + ": " + codes(missing, "en"))
                        + "\n\nPlease submit the reports before the deadline. After it they can only be corrected, with a reason.");
        String cause = round.roundId() + "/" + regionCode;
        return new Notification(Notification.idOf(Kind.DEADLINE_NEAR, audience, cause), Kind.DEADLINE_NEAR, now, title,
                body, REPORTING_PAGE, round.programmeCode(), regionCode);
    }

    private static String codes(List<RoundWatch.Measure> measures, String language) {
        return measures.stream().map(measure -> label(measure.code() == null ? "" : measure.code(), measure.title(), language))
                .collect(Collectors.joining("; "));
    }

    private static String label(String code, Names title, String language) {
        String name = title.in(language);
        return name == null ? code : (code.isEmpty() ? name : code + " " + name);
    }

    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : "\n" + label + ": " + value;
    }

    private static Instant orNow(Instant at, Instant now) {
        return at == null ? now : at;
    }
}
