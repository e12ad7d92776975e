package org.rives.harmonise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a report does not list, counted by kind: a kind is the text with what varies from one case to
 * the next (quoted cells, numbers) masked, so {@code "x" is not a number} and {@code "y" is not a
 * number} are one kind, told by its first example. At most {@value #MAX_KINDS} kinds are kept apart;
 * the rest are counted together.
 */
final class ReportTally {

    static final int MAX_KINDS = 20;

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"(?: \\([0-9,]+ characters\\))?");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,.]*");

    /** The first example of a kind and how many there were. */
    private static final class Kind {
        final String example;
        long count;

        Kind(String example) {
            this.example = example;
        }
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private long others;

    /** Counts one text not listed; {@code example} is how it reads in full (with its place). */
    void count(String text, String example) {
        String kind = NUMBER.matcher(QUOTED.matcher(text).replaceAll("\"\"")).replaceAll("0");
        Kind found = kinds.get(kind);
        if (found == null && kinds.size() < MAX_KINDS) {
            found = new Kind(example);
            kinds.put(kind, found);
        }
        if (found == null) {
            others++;
        } else {
            found.count++;
        }
    }

    /** One line per kind, then one for the others; empty when nothing was left out. */
    List<String> summary(String what) {
        List<String> lines = new ArrayList<>();
        kinds.values().forEach(kind -> lines.add(format(kind.count) + " more " + what + " not listed, like "
                + kind.example));
        if (others > 0) {
            lines.add(format(others) + " more " + what + " not listed, of other kinds");
        }
        return lines;
    }

    private static String format(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
