package fi.tiekartta.workpackage;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;

import java.util.List;

/** A measure to be created (added, or the result of a split or merge); its id is given by the caller. */
public record NewMeasure(String id, String code, Text title, List<String> termIds, Basis basis) {

    /** A measure without basis. */
    public NewMeasure(String id, String code, Text title, List<String> termIds) {
        this(id, code, title, termIds, null);
    }
}
