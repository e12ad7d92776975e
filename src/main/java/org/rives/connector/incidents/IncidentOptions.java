package org.rives.connector.incidents;

import java.util.List;
import java.util.Map;

import org.rives.connector.ReaderOptions;

/**
 * An incident list (one row per incident, IOM Missing Migrants) summed on load into counts per group
 * and month. Each column is given as the names it has had over the publisher's layouts; the first name
 * present in the file's header is used, so one connector reads every vintage.
 *
 * @param id          the incident's own id; a row repeating an id already read is counted once
 * @param date        the incident date ({@code January 13, 2020}, {@code Thu, 01/01/2026 - 12:00}, ISO)
 * @param group       what the counts are summed by (the migration route); passed as dimension {@code group}
 * @param counts      measure name -> its count column; each sum is passed as dimension {@code measure}
 * @param total       measure name and column of a published total; when the file has none of the
 *                    columns, the total is the sum of the counts
 * @param frequencies {@code M} (months), {@code A} (years), or both
 */
public record IncidentOptions(
        List<String> id,
        List<String> date,
        List<String> group,
        Map<String, List<String>> counts,
        Map<String, List<String>> total,
        List<String> frequencies) implements ReaderOptions {

    public IncidentOptions {
        id = id == null ? List.of() : List.copyOf(id);
        date = date == null ? List.of() : List.copyOf(date);
        group = group == null ? List.of() : List.copyOf(group);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        total = total == null ? Map.of() : Map.copyOf(total);
        frequencies = frequencies == null ? List.of("M", "A") : List.copyOf(frequencies);
    }
}
