package fi.tiekartta.notification.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths of the web UI that notifications link to. */
public final class Links {

    private Links() {
    }

    /** A value as one path segment (codes and ids are plain, but a code is someone's input). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The roadmap page of a work package, or null without the programme's code (the page is found by it). */
    public static String workPackage(String programmeCode, String workPackageCode) {
        if (programmeCode == null || workPackageCode == null) {
            return null;
        }
        return "/programmes/" + segment(programmeCode) + "/work-packages/" + segment(workPackageCode);
    }
}
