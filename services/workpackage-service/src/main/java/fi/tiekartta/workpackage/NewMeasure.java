package fi.tiekartta.workpackage;

import fi.tiekartta.kernel.Text;

import java.util.List;

/** A measure to be created (added, or the result of a split or merge); its id is given by the caller. */
public record NewMeasure(String id, String code, Text title, List<String> termIds) {
}
