package org.rives.store;

import java.time.Instant;
import java.util.List;

/**
 * Which observations to read. Null fields do not filter. {@code asOf} reads the figures as they
 * stood at that instant (the vintages committed before it, less what had been superseded by then).
 */
public record ObservationFilter(String indicator, List<String> areas, String partner, String sex, String age,
                                String breakdown, String freq, String from, String to, String source, Instant asOf) {

    public ObservationFilter {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }
}
