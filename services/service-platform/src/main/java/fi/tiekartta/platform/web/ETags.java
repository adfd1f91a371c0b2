package fi.tiekartta.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aggregate's version is its ETag ({@code "3"}); a change names the version it is based on in
 * If-Match. Optimistic locking from the client's edit to the database's conditional update.
 */
public final class ETags {

    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; 428 when it is missing, 400 when it is not one of ours. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        Matcher matcher = VERSION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidRequestException("If-Match must be one ETag as this API sends it, e.g. \"3\"; got " + ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }
}
