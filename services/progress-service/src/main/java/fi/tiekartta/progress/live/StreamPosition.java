package fi.tiekartta.progress.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a stream is in the change feed: the read model generation and the position of the last entry in it. As an
 * event id it reads {@code <generation>-<position>}, e.g. {@code 0-1234}: positions count the entries of one
 * generation, so after a rebuild switches generations a position of the old one means nothing and the client is
 * told to reload.
 *
 * @param generation the read model generation (0, 1, 2, …)
 * @param position   the position of the last entry seen (0: none)
 */
public record StreamPosition(int generation, long position) {

    /** What an id looks like; a {@code lastEventId} parameter must match it. */
    public static final String PATTERN = "[0-9]{1,9}-[0-9]{1,18}";

    private static final Pattern ID = Pattern.compile("([0-9]{1,9})-([0-9]{1,18})");

    public StreamPosition {
        if (generation < 0 || position < 0) {
            throw new IllegalArgumentException("A stream position is never negative: " + generation + "-" + position);
        }
    }

    /** The position an event id names; empty when the text is not one. */
    public static Optional<StreamPosition> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Matcher matcher = ID.matcher(id.trim());
        return matcher.matches()
                ? Optional.of(new StreamPosition(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))))
                : Optional.empty();
    }

    /** The same generation, at {@code position}. */
    public StreamPosition at(long position) {
        return new StreamPosition(generation, position);
    }

    /** The event id: {@code <generation>-<position>}. */
    public String id() {
        return generation + "-" + position;
    }
}
