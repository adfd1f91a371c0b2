package fi.tiekartta.localstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The reporting demo document ({@code deploy/seed/reporting-demo.yaml}): who the demo users are, the reporting
 * rounds with their reports and workflows, and the national indicators. {@link #read} checks it whole before
 * anything is sent, so a mistake in the file fails at once, naming where it is.
 */
record ReportingDemo(String format, String notice, DemoUsers users, List<RoundPlan> rounds,
        List<IndicatorPlan> nationalIndicators) {

    static final String FORMAT = "tiekartta-reporting-demo/v1";
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{2}");
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    ReportingDemo {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        nationalIndicators = nationalIndicators == null ? List.of() : List.copyOf(nationalIndicators);
    }

    static ReportingDemo read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static ReportingDemo parse(InputStream yaml, String name) {
        ReportingDemo demo;
        try {
            demo = YAML.readValue(yaml, ReportingDemo.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + " is not a reporting demo document: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        List<String> problems = demo == null ? List.of("the document is empty") : demo.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + " has " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
        return demo;
    }

    /** Every code of a measure the demo refers to, by programme code, in the order of the document. */
    Map<String, Set<String>> measureCodesByProgramme() {
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        for (RoundPlan round : rounds) {
            codes.computeIfAbsent(round.programme(), p -> new LinkedHashSet<>()).addAll(round.measures());
        }
        for (IndicatorPlan indicator : nationalIndicators) {
            Set<String> measures = codes.computeIfAbsent(indicator.programme(), p -> new LinkedHashSet<>());
            if (indicator.measure() != null) {
                measures.add(indicator.measure());
            }
        }
        return codes;
    }

    /** What is wrong with the document; empty when nothing is. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            problems.add("format: expected " + FORMAT + ", found " + format);
        }
        if (blank(notice)) {
            problems.add("notice: say what the data is (illustrative demo content, not real data)");
        }
        if (users == null || blank(users.admin()) || blank(users.verifier())) {
            problems.add("users: name the admin and the verifier");
        }
        if (rounds.isEmpty()) {
            problems.add("rounds: at least one round");
        }
        for (int r = 0; r < rounds.size(); r++) {
            roundProblems("rounds[" + r + "]", rounds.get(r), problems);
        }
        for (int i = 0; i < nationalIndicators.size(); i++) {
            IndicatorPlan indicator = nationalIndicators.get(i);
            String where = "nationalIndicators[" + i + "]";
            if (blank(indicator.programme())) {
                problems.add(where + ".programme: the programme's code");
            }
            if (indicator.indicator() == null || blank(indicator.observedPeriod())) {
                problems.add(where + ".indicator: the indicator, with its observedPeriod");
            } else if (indicator.indicator().has("programmeId") || indicator.indicator().has("measureId")) {
                problems.add(where + ".indicator: give programme and measure by code beside it, not by id");
            } else if ("ILLUSTRATIVE".equals(indicator.indicator().path("basis").path("kind").asString(null))) {
                problems.add(where + ".indicator.basis: a national indicator is a real observation from a cited source, "
                        + "never illustrative");
            }
        }
        return problems;
    }

    private void roundProblems(String where, RoundPlan round, List<String> problems) {
        if (blank(round.programme())) {
            problems.add(where + ".programme: the programme's code");
        }
        if (!RoundPlan.PREVIOUS.equals(round.period()) && !RoundPlan.CURRENT.equals(round.period())) {
            problems.add(where + ".period: " + RoundPlan.PREVIOUS + " or " + RoundPlan.CURRENT + ", not " + round.period());
        }
        textProblems(where + ".title", round.title(), problems);
        if (round.basis() == null || !"ILLUSTRATIVE".equals(round.basis().path("kind").asString(null))) {
            problems.add(where + ".basis: a demo round is made-up content: basis {kind: ILLUSTRATIVE, note: …}");
        } else if (round.basis().has("note")) {
            textProblems(where + ".basis.note", (ObjectNode) round.basis().get("note"), problems);
        }
        if (round.deadlineDaysAhead() == null || round.deadlineDaysAhead() < 1) {
            problems.add(where + ".deadlineDaysAhead: at least 1 (a round opens with a deadline still to come)");
        }
        if (round.measures().isEmpty()) {
            problems.add(where + ".measures: at least one measure code");
        }
        for (String region : round.regions()) {
            if (region == null || !REGION_CODE.matcher(region).matches()) {
                problems.add(where + ".regions: " + region + " is not a two-digit region code (quote it: \"09\")");
            }
        }
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < round.reports().size(); i++) {
            ReportPlan report = round.reports().get(i);
            String at = where + ".reports[" + i + "] (" + report.name() + ")";
            if (!cells.add(report.region() + "/" + report.measure())) {
                problems.add(at + ": a region reports on a measure once in a round");
            }
            if (!round.measures().contains(report.measure())) {
                problems.add(at + ": the measure is not among the round's measures " + round.measures());
            }
            if (!round.regions().isEmpty() && !round.regions().contains(report.region())) {
                problems.add(at + ": the region is not among the round's regions " + round.regions());
            }
            if (users != null && !users.reporters().containsKey(report.region())) {
                problems.add(at + ": users.reporters names no reporter for region " + report.region());
            }
            if (report.draft() == null) {
                problems.add(at + ".draft: the self-report as first written");
            }
            stepProblems(at, report, problems);
            correctionProblems(at, round, report, problems);
        }
    }

    private static void stepProblems(String at, ReportPlan report, List<String> problems) {
        ReportStatus status = ReportStatus.DRAFT;
        for (int s = 0; s < report.steps().size(); s++) {
            Step step = report.steps().get(s);
            String where = at + ".steps[" + s + "]";
            if (step.action() == null) {
                problems.add(where + ": say what is done: do: submit, revise, return or verify");
                return;
            }
            try {
                status = step.action().after(status);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                return;
            }
            if (step.action() == Step.Action.RETURN && blank(step.comment())) {
                problems.add(where + ": a report is returned with a comment that says what to correct");
            }
            if (step.action() == Step.Action.REVISE && step.selfReport() == null) {
                problems.add(where + ": revise gives the whole corrected selfReport");
            }
            if (step.action() != Step.Action.VERIFY
                    && (step.level() != null || step.share() != null || step.shareBasis() != null)) {
                problems.add(where + ": level, share and shareBasis belong to verify");
            }
        }
    }

    private static void correctionProblems(String at, RoundPlan round, ReportPlan report, List<String> problems) {
        if (!report.corrections().isEmpty() && !round.closeByHand()) {
            problems.add(at + ".corrections: corrections are recorded after the round closed; this round stays open");
        }
        for (int c = 0; c < report.corrections().size(); c++) {
            Correction correction = report.corrections().get(c);
            String where = at + ".corrections[" + c + "]";
            if (blank(correction.reason())) {
                problems.add(where + ".reason: why the correction is made");
            }
            if ((correction.selfReport() == null) == (correction.verified() == null)) {
                problems.add(where + ": either selfReport (by the reporter) or verified (by the verifier)");
            }
        }
    }

    private static void textProblems(String where, ObjectNode text, List<String> problems) {
        if (text == null) {
            problems.add(where + ": a text {fi, sv, en, original}");
            return;
        }
        String original = text.path("original").asString("fi");
        if (!LANGUAGES.contains(original) || blank(text.path(original).asString(null))) {
            problems.add(where + ": the text in its original language (" + original + ")");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
