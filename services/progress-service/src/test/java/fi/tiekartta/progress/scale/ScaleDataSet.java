package fi.tiekartta.progress.scale;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestonePlanned;
import fi.tiekartta.contracts.milestone.MilestoneRevised;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.reporting.VerificationData;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.kernel.region.Organiser;
import fi.tiekartta.kernel.region.Organisers;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.TestEvents;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A generated data set of the size the read model is sized for (issue 10, "Scale": 22 organisers × 3 programmes × 60
 * measures × 8 rounds), as the contract events the producing services send, for tests and benchmarks.
 * <p>
 * Each programme has its work packages (TP1…), its measures spread over them (TP1.1, TP2.1, …), milestones per work
 * package in several statuses, a delivery confidence per work package, and its reporting rounds (half-years, the last
 * one open, the others closed): in every round each of the 22 organisers ({@link Organisers#reference()}) reports on
 * every measure; some reports are verified, a few are returned (and, in a closed round, resubmitted). Every event's
 * data is written with the platform's {@link EventJson} and checked against its published schema
 * ({@link TestEvents#of}), as the consumers check it.
 * <p>
 * Deterministic: the same size and seed give the same ids, codes, levels and outcomes (only the CloudEvent ids
 * differ). Different seeds give different programmes (ids and codes), so several data sets can share a broker.
 */
public final class ScaleDataSet {

    /** Marks the generated content, as the reporting demo marks its own. */
    public static final BasisData GENERATED = new BasisData("ILLUSTRATIVE", null, new LocalizedText(
            "Generoitu testiaineisto, ei todellista tietoa", "Genererat testmaterial, inte verkliga uppgifter",
            "Generated test data, not real data", "fi"));

    private static final BasisData SOURCE = new BasisData("SOURCE", "scale data set", null);
    private static final List<String> TERMS = List.of("2023-2027", "2027-2031");
    private static final List<String> LEVELS = List.of("NOT_STARTED", "PLANNING", "PILOTING", "PARTIAL", "ESTABLISHED");
    private static final List<String> MILESTONE_STATUSES = List.of("PLANNED", "ON_TRACK", "AT_RISK", "NOT_RECORDED");
    private static final List<String> RATINGS = List.of("GREEN", "AMBER", "AMBER_RED", "RED");
    /** The events' time: fixed, so the data set is the same whenever it is built. */
    private static final Instant T0 = Instant.parse("2023-01-02T08:00:00Z");

    /**
     * How big a data set is.
     *
     * @param programmes                  programmes
     * @param workPackages                work packages per programme (at most 9: TP1–TP9)
     * @param measures                    measures per programme, spread over its work packages
     * @param milestonesPerWorkPackage    milestones per work package
     * @param rounds                      reporting rounds per programme (half-years ending 2026-H2; the last is open)
     */
    public record Size(int programmes, int workPackages, int measures, int milestonesPerWorkPackage, int rounds) {

        public Size {
            if (programmes < 1 || workPackages < 1 || workPackages > 9 || measures < 1 || milestonesPerWorkPackage < 0
                    || rounds < 1 || rounds > 40) {
                throw new IllegalArgumentException("not a size: " + programmes + "/" + workPackages + "/" + measures + "/"
                        + milestonesPerWorkPackage + "/" + rounds);
            }
        }

        /** The size of issue 10: 3 programmes × 7 work packages × 60 measures × 8 rounds (× 22 organisers). */
        public static Size full() {
            return new Size(3, 7, 60, 4, 8);
        }
    }

    /** One event ready to send: its topic, its key (the aggregate id) and the CloudEvent. */
    public record Event(String topic, String key, CloudEvent event) {
    }

    /** What was generated for one programme, for tests to find it. */
    public record Programme(String programmeId, String code, List<String> workPackageCodes, List<String> measureIds,
            List<String> roundIds) {
    }

    private final Size size;
    private final EventJson json;
    private final Random random;
    private final List<Organiser> organisers = Organisers.reference().organisers();
    private final List<Programme> programmes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private long reports;

    private ScaleDataSet(Size size, long seed, EventJson json) {
        this.size = size;
        this.json = json;
        this.random = new Random(seed);
    }

    /** Builds the data set of {@code size} from {@code seed}, its event data written with {@code json}. */
    public static ScaleDataSet build(Size size, long seed, EventJson json) {
        ScaleDataSet set = new ScaleDataSet(size, seed, json);
        for (int p = 0; p < size.programmes(); p++) {
            set.programme(p);
        }
        return set;
    }

    public Size size() {
        return size;
    }

    public List<Programme> programmes() {
        return List.copyOf(programmes);
    }

    /** The events in the order they are to be sent (each aggregate's in version order). */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** How many regional reports the set holds (organisers × measures × rounds × programmes). */
    public long reports() {
        return reports;
    }

    /**
     * Sends every event through {@code kafka}, in order, and waits until the broker has them all. Sends are not
     * awaited one by one: the producer keeps the order of a partition.
     */
    public void send(KafkaTemplate<String, CloudEvent> kafka) {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sent = new ArrayList<>(events.size());
        for (Event event : events) {
            sent.add(kafka.send(new ProducerRecord<>(event.topic(), event.key(), event.event())));
        }
        kafka.flush();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    // --- one programme ----------------------------------------------------------------------------------------

    private void programme(int index) {
        String programmeId = uuid();
        String code = "SCALE-" + HexFormat.of().withUpperCase().toHexDigits(random.nextInt()).substring(0, 6) + "-" + (index + 1);
        ProgrammeCreated created = new ProgrammeCreated(programmeId, code,
                new LocalizedText("Skaalausohjelma " + (index + 1), null, "Scale programme " + (index + 1), "fi"),
                "NATIONAL", "STM", "scale-generator", T0, new LocalizedText("Generoitu visio", null, null, "fi"),
                List.of(new StrategicGoalData("I", new LocalizedText("Tavoite I", null, null, "fi")),
                        new StrategicGoalData("II", new LocalizedText("Tavoite II", null, null, "fi"))),
                List.of(), TERMS, "ACTIVE", period("2023/2031"), null, List.of(), SOURCE, SOURCE);
        add(ProgrammeEvents.CREATED, programmeId, 0, T0, created);

        List<String> workPackageIds = new ArrayList<>();
        List<String> workPackageCodes = new ArrayList<>();
        for (int w = 0; w < size.workPackages(); w++) {
            String workPackageId = uuid();
            String workPackageCode = "TP" + (w + 1);
            workPackageIds.add(workPackageId);
            workPackageCodes.add(workPackageCode);
            WorkPackageData data = new WorkPackageData(workPackageId, programmeId, workPackageCode,
                    new LocalizedText("Työpaketti " + (w + 1), "Arbetspaket " + (w + 1), "Work package " + (w + 1), "fi"),
                    List.of(w % 2 == 0 ? "I" : "II"), TERMS, null, "ACTIVE", List.of(), code, List.of(), SOURCE, SOURCE);
            add(WorkPackageEvents.DEFINED, workPackageId, 0, T0, new WorkPackageDefined(data, "scale-generator", T0));
            add(WorkPackageEvents.CONFIDENCE_CHANGED, workPackageId, 1, T0.plusSeconds(60), new ConfidenceChanged(workPackageId,
                    programmeId, workPackageCode, pick(RATINGS), null, "Generoitu arvio", "scale-generator", T0.plusSeconds(60), code));
        }

        // the measures, spread over the work packages in turn; each added by its own event
        List<String> measureIds = new ArrayList<>();
        List<String> measureCodes = new ArrayList<>();
        long[] versions = new long[size.workPackages()];
        java.util.Arrays.fill(versions, 2);
        for (int m = 0; m < size.measures(); m++) {
            int w = m % size.workPackages();
            String measureId = uuid();
            String measureCode = workPackageCodes.get(w) + "." + (m / size.workPackages() + 1);
            measureIds.add(measureId);
            measureCodes.add(measureCode);
            MeasureData measure = new MeasureData(measureId, workPackageIds.get(w), programmeId, measureCode,
                    new LocalizedText("Toimenpide " + measureCode, null, "Measure " + measureCode, "fi"), TERMS, "ACTIVE",
                    List.of(), List.of(), workPackageCodes.get(w), code, null);
            Instant at = T0.plusSeconds(120 + m);
            add(WorkPackageEvents.MEASURE_ADDED, workPackageIds.get(w), versions[w]++, at, new MeasureChanged(workPackageIds.get(w),
                    programmeId, List.of(measure), null, "scale-generator", at, workPackageCodes.get(w), code));
        }

        // milestones: on the work package, or on one of its measures; a quarter of them achieved
        for (int w = 0; w < size.workPackages(); w++) {
            for (int k = 0; k < size.milestonesPerWorkPackage(); k++) {
                String milestoneId = uuid();
                String milestoneCode = code + "-" + workPackageCodes.get(w) + "-" + (k + 1);
                int measure = w + k * size.workPackages();
                ParentData parent = k % 2 == 1 && measure < size.measures()
                        ? new ParentData("MEASURE", measureIds.get(measure), measureCodes.get(measure), workPackageCodes.get(w))
                        : new ParentData("WORK_PACKAGE", workPackageIds.get(w), workPackageCodes.get(w), workPackageCodes.get(w));
                LocalizedText title = new LocalizedText("Virstanpylväs " + milestoneCode, null, null, "fi");
                String baseline = (2024 + random.nextInt(6)) + "-Q" + (1 + random.nextInt(4));
                String status = pick(MILESTONE_STATUSES);
                add(MilestoneEvents.PLANNED, milestoneId, 0, T0, new MilestonePlanned(milestoneId, milestoneCode, programmeId, code,
                        parent, title, period(baseline), period(baseline), null, status, List.of(), SOURCE, "scale-generator", T0));
                if (random.nextInt(4) == 0) {
                    Instant at = T0.plusSeconds(3600);
                    add(MilestoneEvents.ACHIEVED, milestoneId, 1, at, new MilestoneRevised(milestoneId, milestoneCode, programmeId,
                            code, parent, title, period(baseline), period(baseline), period(baseline), "ACHIEVED", List.of(), SOURCE,
                            status, period(baseline), "scale-generator", at));
                }
            }
        }

        // the rounds: half-years ending 2026-H2, all closed but the last; everyone reports on every measure
        List<MeasureKeyData> measureKeys = new ArrayList<>();
        for (int m = 0; m < size.measures(); m++) {
            measureKeys.add(new MeasureKeyData(measureIds.get(m), measureCodes.get(m),
                    new LocalizedText("Toimenpide " + measureCodes.get(m), null, "Measure " + measureCodes.get(m), "fi")));
        }
        List<String> regionCodes = organisers.stream().map(Organiser::code).toList();
        List<RegionKeyData> regionKeys = organisers.stream().map(o -> new RegionKeyData(o.code(), regionNames(o))).toList();
        List<String> roundIds = new ArrayList<>();
        int[] levels = new int[size.measures() * organisers.size()]; // each cell's level climbs across the rounds
        for (int r = 0; r < size.rounds(); r++) {
            int half = 2 * 2026 + 1 - (size.rounds() - 1 - r); // year*2 + (0 for H1, 1 for H2)
            int year = half / 2;
            boolean first = half % 2 == 0;
            boolean open = r == size.rounds() - 1;
            String roundId = uuid();
            roundIds.add(roundId);
            LocalDate end = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            Instant opened = end.minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant deadline = end.plusDays(45).atTime(15, 0).toInstant(ZoneOffset.UTC);
            PeriodData period = period(year + (first ? "-H1" : "-H2"));
            LocalizedText title = new LocalizedText("Toimeenpanon seuranta " + period.value(), null, null, "fi");
            add(ReportingEvents.ROUND_OPENED, roundId, 0, opened, new ReportingRoundChanged(new ReportingRoundData(roundId, programmeId,
                    code, title, period, deadline, measureIds, measureKeys, regionCodes, regionKeys, "OPEN", null, null, GENERATED),
                    "scale-generator", opened));
            for (int o = 0; o < organisers.size(); o++) {
                Organiser organiser = organisers.get(o);
                for (int m = 0; m < size.measures(); m++) {
                    int cell = m * organisers.size() + o;
                    if (random.nextInt(3) == 0 && levels[cell] < LEVELS.size() - 1) {
                        levels[cell]++;
                    }
                    report(programmeId, code, roundId, organiser, measureIds.get(m), measureCodes.get(m), LEVELS.get(levels[cell]),
                            opened.plus(Duration.ofDays(1 + random.nextInt(50))), open);
                }
            }
            if (!open) {
                add(ReportingEvents.ROUND_CLOSED, roundId, 1, deadline, new ReportingRoundChanged(new ReportingRoundData(roundId,
                        programmeId, code, title, period, deadline, measureIds, measureKeys, regionCodes, regionKeys, "CLOSED", deadline,
                        "BY_HAND", GENERATED), "scale-generator", deadline));
            }
        }
        programmes.add(new Programme(programmeId, code, List.copyOf(workPackageCodes), List.copyOf(measureIds), List.copyOf(roundIds)));
    }

    /** One report: submitted; then verified (six in ten), returned (one in twenty; resubmitted unless the round is open), or left. */
    private void report(String programmeId, String code, String roundId, Organiser organiser, String measureId, String measureCode,
            String level, Instant at, boolean openRound) {
        reports++;
        String reportId = uuid();
        ReportContentData content = "PARTIAL".equals(level)
                ? new ReportContentData(level, (double) (10 + random.nextInt(80)), "POPULATION", null, List.of(), List.of())
                : new ReportContentData(level, null, null, null, List.of(), List.of());
        String reporter = "reporter-" + organiser.code();
        addReport(ReportingEvents.REPORT_SUBMITTED, 1, at, report(reportId, roundId, programmeId, code, organiser, measureId, measureCode,
                "SUBMITTED", content, null, reporter), null, reporter);
        int outcome = random.nextInt(20);
        if (outcome == 0) {
            Instant returned = at.plus(Duration.ofDays(2));
            addReport(ReportingEvents.REPORT_RETURNED, 2, returned, report(reportId, roundId, programmeId, code, organiser, measureId,
                    measureCode, "RETURNED", content, null, reporter), "Tarkenna kuvausta.", "thl-verifier");
            if (!openRound) {
                addReport(ReportingEvents.REPORT_SUBMITTED, 3, returned.plus(Duration.ofDays(2)), report(reportId, roundId, programmeId,
                        code, organiser, measureId, measureCode, "SUBMITTED", content, null, reporter), null, reporter);
            }
        } else if (outcome < 13) {
            Instant verifiedAt = at.plus(Duration.ofDays(3));
            String verifiedLevel = "PARTIAL".equals(level) ? "PILOTING" : level; // a verifier may judge lower
            addReport(ReportingEvents.REPORT_VERIFIED, 2, verifiedAt, report(reportId, roundId, programmeId, code, organiser, measureId,
                    measureCode, "VERIFIED", content, new VerificationData(verifiedLevel, null, null, null, "thl-verifier", verifiedAt),
                    reporter), null, "thl-verifier");
        }
    }

    private RegionalReportData report(String reportId, String roundId, String programmeId, String code, Organiser organiser,
            String measureId, String measureCode, String status, ReportContentData content, VerificationData verified, String reporter) {
        return new RegionalReportData(reportId, roundId, programmeId, code, measureId, measureCode, organiser.code(),
                regionNames(organiser), status, content, verified, reporter, 0, GENERATED);
    }

    private void addReport(EventContract<RegionalReportChanged> contract, long version, Instant at, RegionalReportData report,
            String comment, String by) {
        add(contract, report.reportId(), version, at, new RegionalReportChanged(report, comment, by, at));
    }

    private <T> void add(EventContract<T> contract, String aggregateId, long version, Instant at, T data) {
        events.add(new Event(contract.topic(), aggregateId, TestEvents.of(contract, aggregateId, version, at, json.write(data))));
    }

    private static LocalizedText regionNames(Organiser organiser) {
        return new LocalizedText("Alue " + organiser.code(), null, null, "fi");
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A version-4 UUID from the seeded random. */
    private String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static PeriodData period(String canonical) {
        return Period.parse(canonical).toData();
    }
}
