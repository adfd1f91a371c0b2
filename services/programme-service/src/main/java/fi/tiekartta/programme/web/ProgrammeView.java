package fi.tiekartta.programme.web;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.programme.OriginData;
import fi.tiekartta.contracts.programme.RelationData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.Relation;
import fi.tiekartta.programme.StrategicGoal;

import java.time.Instant;
import java.util.List;

/**
 * A programme as the API shows it: {@code period} with its label and bounds (null when none was given),
 * {@code origin}, {@code relations}, and {@code basis} / {@code statusBasis} as given (null when none).
 */
record ProgrammeView(String id, String code, Text names, String level, String ownerOrganisation, Text vision,
        List<StrategicGoal> goals, List<Text> themes, List<String> termIds, String status, PeriodData period,
        OriginData origin, List<RelationData> relations, BasisData basis, BasisData statusBasis, long version,
        String createdBy, Instant createdAt, String lastChangedBy, Instant lastChangedAt) {

    static ProgrammeView of(Versioned<Programme> stored) {
        Programme programme = stored.state();
        return new ProgrammeView(stored.id(), programme.code(), programme.names(), programme.level().name(),
                programme.ownerOrganisation(), programme.vision(), programme.goals(), programme.themes(),
                programme.termIds(), programme.status().name(),
                programme.period() == null ? null : programme.period().period().toData(),
                programme.origin() == null ? null : programme.origin().toEvent(),
                programme.relations().stream().map(Relation::toEvent).toList(), Basis.toEvent(programme.basis()),
                Basis.toEvent(programme.statusBasis()), stored.version(), stored.createdBy(),
                stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
