package fi.tiekartta.web.accessibility;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (saavutettavuusseloste / tillgänglighetsutlåtande) that Act 306/2019 requires of a
 * public digital service, in all three languages. It is public: the law asks that anyone can read it.
 */
@Controller
class AccessibilityStatementController {

    @GetMapping("/accessibility")
    String statement() {
        return "accessibility/statement";
    }
}
