package org.rives.connector.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rives.connector.FeedFormatException;

/**
 * Where each column the options name sits in this file's header: the first of its names present wins,
 * which is how the publisher's successive layouts ("Web ID" / "Incident ID", "Number Dead" / "Number of
 * Dead", "Migration Route" / "Migration route") map onto one schema.
 */
record IncidentColumns(int id, int date, int group, String[] measures, int[] counts, String totalMeasure,
                       int total) {

    static IncidentColumns of(List<String> header, IncidentOptions options, long line) throws FeedFormatException {
        int id = options.id().isEmpty() ? -1 : required(header, options.id(), "incidents.id", line);
        int date = required(header, options.date(), "incidents.date", line);
        int group = required(header, options.group(), "incidents.group", line);
        Map<String, List<String>> sorted = new TreeMap<>(options.counts());
        if (sorted.isEmpty()) {
            throw new FeedFormatException(line, 0, "the connector names no incidents.counts column");
        }
        List<String> measures = new ArrayList<>();
        int[] counts = new int[sorted.size()];
        int i = 0;
        for (Map.Entry<String, List<String>> count : sorted.entrySet()) {
            measures.add(count.getKey());
            counts[i++] = required(header, count.getValue(), "incidents.counts." + count.getKey(), line);
        }
        String totalMeasure = null;
        int total = -1;
        for (Map.Entry<String, List<String>> entry : options.total().entrySet()) {
            totalMeasure = entry.getKey();
            total = find(header, entry.getValue());
        }
        return new IncidentColumns(id, date, group, measures.toArray(String[]::new), counts, totalMeasure, total);
    }

    private static int required(List<String> header, List<String> names, String option, long line)
            throws FeedFormatException {
        int index = find(header, names);
        if (index < 0) {
            throw new FeedFormatException(line, 0, "none of the columns " + names + " (" + option
                    + ") is in the header " + header);
        }
        return index;
    }

    private static int find(List<String> header, List<String> names) {
        for (String name : names) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }
}
