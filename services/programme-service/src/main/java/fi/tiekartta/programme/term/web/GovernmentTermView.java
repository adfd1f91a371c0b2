package fi.tiekartta.programme.term.web;

import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.programme.term.Government;
import fi.tiekartta.programme.term.GovernmentTerm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A government term as the API shows it, with its name in the product's three languages. */
record GovernmentTermView(String id, int firstYear, int lastYear, Label label, LocalDate electionDate,
        LocalDate startDate, LocalDate endDate, List<Government> governments, long version,
        String lastChangedBy, Instant lastChangedAt) {

    record Label(String fi, String sv, String en) {
    }

    static GovernmentTermView of(Versioned<GovernmentTerm> stored) {
        GovernmentTerm term = stored.state();
        String years = term.firstYear() + "–" + term.lastYear();
        return new GovernmentTermView(term.id(), term.firstYear(), term.lastYear(),
                new Label("hallituskausi " + years, "regeringsperioden " + years, "government term " + years),
                term.electionDate(), term.startDate(), term.endDate(), term.governments(), stored.version(),
                stored.lastChangedBy(), stored.lastChangedAt());
    }
}
