package org.rives.compare;

import java.util.List;

/**
 * How much of a whole a figure stands on: months of a year, quarters of a year, or countries of a
 * group, with what is missing named.
 */
public record Coverage(int have, int of, String parts, List<String> missing, String text) {

    public Coverage {
        missing = List.copyOf(missing);
    }

    public static Coverage of(int have, int of, String parts, List<String> missing, List<String> missingLabels) {
        String text = have + " of " + of + " " + parts
                + (missingLabels.isEmpty() ? "" : "; " + String.join(", ", missingLabels) + " missing");
        return new Coverage(have, of, parts, missing, text);
    }

    public boolean complete() {
        return have == of;
    }
}
