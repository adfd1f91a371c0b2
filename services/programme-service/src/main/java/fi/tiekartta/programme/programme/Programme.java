package fi.tiekartta.programme.programme;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.domain.DomainRuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A development programme. Each change is a method that checks its rules and records the past-tense
 * event it causes; the persistence adapter stores those events with the programme, and the outbox
 * publishes them.
 */
public final class Programme {

    /** Short codes as used in the field: SHKO, THL-RSO, PH-SOTY-2023. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{0,31}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private final ProgrammeId id;
    private final String code;
    private final Names names;
    private final ProgrammeLevel level;
    private final String ownerOrganisation;
    private final String createdBy;
    private final Instant createdAt;
    private final Long version;
    private final List<PendingEvent<?>> recordedEvents = new ArrayList<>();

    private Programme(ProgrammeId id, String code, Names names, ProgrammeLevel level, String ownerOrganisation,
            String createdBy, Instant createdAt, Long version) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.names = Objects.requireNonNull(names);
        this.level = Objects.requireNonNull(level);
        this.ownerOrganisation = Objects.requireNonNull(ownerOrganisation);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    /** Defines a new programme on behalf of {@code actor}; records {@code fi.tiekartta.programme.created.v1}. */
    public static Programme define(String code, Names names, ProgrammeLevel level, String ownerOrganisation,
            String actor, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("A programme code must be 1-32 capital letters, digits or hyphens: " + code);
        }
        if (ownerOrganisation == null || ownerOrganisation.isBlank()) {
            throw new DomainRuleViolation("A programme needs an owner organisation.");
        }
        Programme programme = new Programme(ProgrammeId.newId(), code, names, level, ownerOrganisation.strip(), actor, now, null);
        programme.recordedEvents.add(PendingEvent.of(ProgrammeEvents.CREATED, new ProgrammeCreated(
                programme.id.value(), code, new LocalizedText(names.fi(), names.sv(), names.en()), level.name(),
                programme.ownerOrganisation, actor, now), now));
        return programme;
    }

    /** Rebuilds a stored programme; it has recorded nothing since it was loaded. */
    public static Programme restore(ProgrammeId id, String code, Names names, ProgrammeLevel level,
            String ownerOrganisation, String createdBy, Instant createdAt, long version) {
        return new Programme(id, code, names, level, ownerOrganisation, createdBy, createdAt, version);
    }

    /** Events recorded since the programme was defined or loaded, oldest first. */
    public List<PendingEvent<?>> recordedEvents() {
        return List.copyOf(recordedEvents);
    }

    public boolean isNew() {
        return version == null;
    }

    public ProgrammeId id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Names names() {
        return names;
    }

    public ProgrammeLevel level() {
        return level;
    }

    public String ownerOrganisation() {
        return ownerOrganisation;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The stored version, or null for a programme not saved yet. */
    public Long version() {
        return version;
    }
}
