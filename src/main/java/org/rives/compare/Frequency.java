package org.rives.compare;

import java.util.Arrays;
import java.util.List;

/** How often a series is observed, with the SDMX codes used throughout: annual, quarterly, monthly. */
public enum Frequency {
    A("YYYY"),
    Q("YYYY-Qn"),
    M("YYYY-MM");

    private final String periodForm;

    Frequency(String periodForm) {
        this.periodForm = periodForm;
    }

    /** How a period of this frequency is written, for messages and the {@code accepted} list of a problem. */
    public String periodForm() {
        return periodForm;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The frequency of a period as written (2024, 2024-Q2, 2024-03), or null when it is not a period. */
    public static Frequency ofPeriod(String period) {
        if (period == null) {
            return null;
        }
        if (period.matches("\\d{4}")) {
            return A;
        }
        if (period.matches("\\d{4}-Q[1-4]")) {
            return Q;
        }
        return period.matches("\\d{4}-(0[1-9]|1[0-2])") ? M : null;
    }
}
