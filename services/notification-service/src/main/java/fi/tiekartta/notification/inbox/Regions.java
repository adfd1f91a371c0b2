package fi.tiekartta.notification.inbox;

import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.region.Organisers;

/** Region names from the kernel's catalogue of the 22 organisers (the same names region-service uses). */
public final class Regions {

    private Regions() {
    }

    /** The organiser's name in fi, sv and en, or its code for a code the catalogue does not know. */
    public static Names name(String regionCode) {
        return Organisers.reference().organiser(regionCode)
                .map(organiser -> {
                    Text names = organiser.names();
                    return new Names(names.fi(), names.sv(), names.en());
                })
                .orElse(new Names(regionCode, regionCode, regionCode));
    }
}
