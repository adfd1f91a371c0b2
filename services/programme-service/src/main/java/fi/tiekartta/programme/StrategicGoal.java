package fi.tiekartta.programme;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.util.Objects;
import java.util.regex.Pattern;

/** A strategic goal of a programme, e.g. "I. Kansallisen sosiaalihuollon kehittämisohjelman strateginen linjaus ja koonta". */
public record StrategicGoal(String code, Text title) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.]{0,7}");

    public StrategicGoal {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("A goal's code is short, like I, II or 3.1: " + code);
        }
        Objects.requireNonNull(title, "title");
    }
}
