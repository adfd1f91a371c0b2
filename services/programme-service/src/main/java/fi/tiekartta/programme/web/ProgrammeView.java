package fi.tiekartta.programme.web;

import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.StrategicGoal;

import java.time.Instant;
import java.util.List;

/** A programme as the API shows it. */
record ProgrammeView(String id, String code, Text names, String level, String ownerOrganisation, Text vision,
        List<StrategicGoal> goals, List<Text> themes, List<String> termIds, String status, long version,
        String createdBy, Instant createdAt, String lastChangedBy, Instant lastChangedAt) {

    static ProgrammeView of(Versioned<Programme> stored) {
        Programme programme = stored.state();
        return new ProgrammeView(stored.id(), programme.code(), programme.names(), programme.level().name(),
                programme.ownerOrganisation(), programme.vision(), programme.goals(), programme.themes(),
                programme.termIds(), programme.status().name(), stored.version(), stored.createdBy(), stored.createdAt(),
                stored.lastChangedBy(), stored.lastChangedAt());
    }
}
