package fi.tiekartta.progress.exports;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.PeriodData;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The words of the exports in one language: the labels of statuses, ratings, levels and bases (a value this does
 * not know is shown as its code), yes and no, and the marks of illustrative data and of our translations.
 */
final class Vocabulary {

    private final Language language;

    Vocabulary(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    String t(String fi, String sv, String en) {
        return language.pick(fi, sv, en);
    }

    String yesNo(boolean yes) {
        return yes ? t("kyllä", "ja", "yes") : t("ei", "nej", "no");
    }

    /** The illustrative mark: what a row of made-up demo content says in the illustrative column. */
    String illustrative(boolean illustrative) {
        return illustrative ? t("kyllä: esimerkki, ei todellista tietoa", "ja: exempel, inte verkliga uppgifter",
                "yes: example, not real data") : t("ei", "nej", "no");
    }

    String illustrativeHeading() {
        return t("Esimerkkiaineisto", "Exempeldata", "Illustrative data");
    }

    String languageHeading() {
        return t("Tekstin kieli", "Textens språk", "Language of the text");
    }

    /** How the row's text came to be in the export's language: the mark of our translations and of the fallback. */
    String languageMark(Shown shown) {
        return switch (shown.kind()) {
            case ORIGINAL -> t("alkuperäinen", "original", "original");
            case TRANSLATION -> t("käännös (alkuperäinen: " + languageName(shown.original()) + ")",
                    "översättning (original: " + languageName(shown.original()) + ")",
                    "translation (original: " + languageName(shown.original()) + ")");
            case FALLBACK -> t("alkuperäinen kieli (" + languageName(shown.original()) + "), käännös puuttuu",
                    "originalspråk (" + languageName(shown.original()) + "), översättning saknas",
                    "original language (" + languageName(shown.original()) + "), no translation");
            case UNDECLARED, NONE -> null;
        };
    }

    String languageName(Language of) {
        if (of == null) {
            return "?";
        }
        return switch (of) {
            case FI -> t("suomi", "finska", "Finnish");
            case SV -> t("ruotsi", "svenska", "Swedish");
            case EN -> t("englanti", "engelska", "English");
        };
    }

    String lifecycle(String status) {
        return status == null ? null : switch (status) {
            case "PLANNED" -> t("suunniteltu", "planerad", "planned");
            case "ACTIVE" -> t("käynnissä", "pågående", "active");
            case "COMPLETED" -> t("valmis", "slutförd", "completed");
            case "DISCONTINUED" -> t("lakkautettu", "avbruten", "discontinued");
            default -> status;
        };
    }

    String measureStatus(String status) {
        return status == null ? null : switch (status) {
            case "ACTIVE" -> t("voimassa", "aktiv", "active");
            case "DROPPED" -> t("luovuttu", "struken", "dropped");
            case "SPLIT" -> t("jaettu", "delad", "split");
            case "MERGED" -> t("yhdistetty", "sammanslagen", "merged");
            default -> status;
        };
    }

    /** As the change feed says it ("saavutettu" / "uppnådd" / "achieved"). */
    String milestoneStatus(String status) {
        return status == null ? null : switch (status) {
            case "PLANNED" -> t("suunniteltu", "planerad", "planned");
            case "ON_TRACK" -> t("aikataulussa", "enligt plan", "on track");
            case "AT_RISK" -> t("vaarassa", "i fara", "at risk");
            case "NOT_RECORDED" -> t("toteutumista ei kirjattu", "genomförandet inte registrerat", "completion not recorded");
            case "ACHIEVED" -> t("saavutettu", "uppnådd", "achieved");
            case "MISSED" -> t("ei saavutettu", "missad", "missed");
            case "CANCELLED" -> t("peruttu", "inställd", "cancelled");
            default -> status;
        };
    }

    String rating(String rating) {
        return rating == null ? null : switch (rating) {
            case "GREEN" -> t("vihreä", "grön", "green");
            case "AMBER_GREEN" -> t("kelta-vihreä", "gul-grön", "amber-green");
            case "AMBER" -> t("keltainen", "gul", "amber");
            case "AMBER_RED" -> t("kelta-punainen", "gul-röd", "amber-red");
            case "RED" -> t("punainen", "röd", "red");
            default -> rating;
        };
    }

    /** The implementation scale, as region-service names it. */
    String level(String level) {
        return level == null ? null : switch (level) {
            case "NOT_STARTED" -> t("Ei aloitettu", "Inte påbörjad", "Not started");
            case "PLANNING" -> t("Suunnitteilla", "Under planering", "Planning");
            case "PILOTING" -> t("Pilotoinnissa", "Pilotering pågår", "Piloting");
            case "PARTIAL" -> t("Käytössä osassa aluetta", "I bruk i en del av området", "In use in part of the region");
            case "ESTABLISHED" -> t("Vakiintunut koko alueella", "Etablerad i hela området", "Established across the region");
            default -> level;
        };
    }

    String reportStatus(String status) {
        return status == null ? null : switch (status) {
            case "MISSING" -> t("puuttuu", "saknas", "missing");
            case "NOT_ASKED" -> t("ei kysytty", "inte tillfrågad", "not asked");
            case "NOT_REPORTED" -> t("ei ilmoitettu", "inte rapporterad", "not reported");
            case "DRAFT" -> t("luonnos", "utkast", "draft");
            case "SUBMITTED" -> t("lähetetty", "inlämnad", "submitted");
            case "VERIFIED" -> t("todennettu", "verifierad", "verified");
            case "RETURNED" -> t("palautettu korjattavaksi", "återsänd för korrigering", "returned for correction");
            default -> status;
        };
    }

    String shareBasis(String basis) {
        return basis == null ? null : switch (basis) {
            case "POPULATION" -> t("väestöstä", "av befolkningen", "of the population");
            case "MUNICIPALITIES" -> t("kunnista", "av kommunerna", "of the municipalities");
            default -> basis;
        };
    }

    String basisKind(BasisData basis) {
        if (basis == null || basis.kind() == null) {
            return null;
        }
        return switch (basis.kind()) {
            case "SOURCE" -> t("lähde", "källa", "source");
            case "INFERENCE" -> t("päätelmä lähteestä", "slutsats av källan", "inference from the source");
            case "ILLUSTRATIVE" -> t("havainnollistava esimerkki", "illustrativt exempel", "illustrative example");
            default -> basis.kind();
        };
    }

    static boolean isIllustrative(BasisData basis) {
        return basis != null && "ILLUSTRATIVE".equals(basis.kind());
    }

    String label(PeriodData period) {
        return period == null ? null : Shown.of(period.label(), language).or(period.value());
    }

    static String canonical(PeriodData period) {
        return period == null ? null : period.value();
    }

    /** A share as people read it in the language: 35 %, 35,5 % (fi, sv); 35%, 35.5% (en). */
    String percent(Double share) {
        if (share == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(
                language == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("fi")));
        return format.format(share) + (language == Language.EN ? "%" : " %");
    }
}
