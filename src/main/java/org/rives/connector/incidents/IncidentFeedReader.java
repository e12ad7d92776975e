package org.rives.connector.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;
import org.rives.connector.OptionsSchema;
import org.rives.connector.ReaderOptions;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.cell.Excerpt;
import org.rives.connector.cell.FigureRange;
import org.rives.connector.csv.CsvRows;

import tools.jackson.databind.JsonNode;

/**
 * An incident list in CSV (IOM Missing Migrants), read row by row ({@link CsvRows}) and summed into
 * counts per group (route) and month, and per year, which are passed to the sink once the file is read.
 * Dimensions are {@code measure} (the name of each count) and {@code group}. Memory is bounded by
 * the sums kept ({@link IncidentTotals#MAX_SUMS}) and the ids seen (at most {@value #MAX_IDS}), whatever
 * the number of incidents.
 */
public final class IncidentFeedReader implements FeedReader {

    static final String[] DIMENSIONS = {"measure", "group"};
    /** Incident ids remembered to count a repeated row once; IOM's whole history has about 20,000. */
    static final int MAX_IDS = 1_000_000;
    /** A count of persons in one incident is far below this; a larger one is a broken cell. */
    static final long MAX_COUNT = 1_000_000_000_000_000L;
    private static final int MAX_COUNT_DIGITS = 16;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern GROUPED = Pattern.compile("[-+]?[0-9]{1,3}(,[0-9]{3})+");

    @Override
    public String format() {
        return "incidents";
    }

    @Override
    public Optional<JsonNode> optionsSchema() {
        return Optional.of(OptionsSchema.resource("/org/rives/connector/incidents/incidents.schema.json"));
    }

    @Override
    public boolean optionsRequired() {
        return true;
    }

    @Override
    public ReaderOptions parseOptions(JsonNode block) {
        return OptionsSchema.readPart(block, IncidentOptions.class);
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return Map.of(
                "incidents:date-forms", "dates read in each of the publisher's forms (" + IncidentDates.FORMS + ")",
                "incidents:counts-as-text", "counts may carry a thousands comma; an empty count adds nothing",
                "incidents:negative-counts", "a negative count (a correction of an earlier row) is summed as published",
                "incidents:rows-summed", "every row adds to its group and month; a row repeating an id read before "
                        + "is counted once",
                "csv:bom", CsvRows.QUIRK_HANDLERS.get("csv:bom"));
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        IncidentOptions options = definition.options(IncidentOptions.class);
        try (CsvRows rows = new CsvRows(input, "UTF-8", ',', '"')) {
            if (!rows.next()) {
                throw new FeedFormatException(0, 0, "the file is empty");
            }
            IncidentColumns columns = IncidentColumns.of(header(rows), options, rows.line());
            sink.columns(DIMENSIONS, new int[] {columns.counts()[0] + 1, columns.group() + 1},
                    CellConventions.DEFAULTS);
            IncidentTotals totals = new IncidentTotals(columns);
            Set<String> seen = new HashSet<>();
            while (rows.next()) {
                sink.rowRead();
                if (columns.id() < 0 || firstTime(seen, field(rows, columns.id()), rows.line())) {
                    tally(rows, columns, totals, sink);
                }
            }
            totals.emit(sink, options.frequencies());
        }
    }

    private static boolean firstTime(Set<String> seen, String id, long line) throws FeedFormatException {
        if (seen.size() == MAX_IDS && !seen.contains(id)) {
            throw new FeedFormatException(line, 0, "more than " + String.format(Locale.ROOT, "%,d", MAX_IDS)
                    + " incidents: Rives remembers at most that many ids to count a repeated row once");
        }
        return seen.add(id);
    }

    private static List<String> header(CsvRows rows) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            names.add(rows.text(i).strip());
        }
        return names;
    }

    private static void tally(CsvRows rows, IncidentColumns columns, IncidentTotals totals, ObservationSink sink)
            throws FeedFormatException {
        long line = rows.line();
        String date = field(rows, columns.date());
        YearMonth month = IncidentDates.month(date);
        if (month == null) {
            sink.reject(line, columns.date() + 1, "\"" + date + "\" is not a date in any of the publisher's forms");
            return;
        }
        int[] countColumns = columns.counts();
        long[] counts = new long[countColumns.length + 1];
        for (int i = 0; i <= countColumns.length; i++) {
            int column = i < countColumns.length ? countColumns[i] : columns.total();
            if (column < 0) {
                break;
            }
            Long count = count(field(rows, column));
            if (count == null) {
                sink.reject(line, column + 1, notACount(field(rows, column)));
                return;
            }
            counts[i] = count;
        }
        if (columns.total() < 0) {
            for (int i = 0; i < countColumns.length; i++) {
                counts[countColumns.length] += counts[i]; // each below 1e15: no overflow
            }
        }
        int overflow = totals.add(field(rows, columns.group()), month, counts, line);
        if (overflow >= 0) {
            int column = overflow < countColumns.length ? countColumns[overflow]
                    : columns.total() >= 0 ? columns.total() : countColumns[0]; // a computed total: its first count
            sink.reject(line, column + 1, "the count " + counts[overflow] + " carries the sum for "
                    + Excerpt.quoted(field(rows, columns.group())) + " in " + month + " to 1e"
                    + FigureRange.MAX_EXPONENT + " or beyond, out of the range of figures; the row is not added");
        }
    }

    /**
     * A count as IOM writes it: empty for none reported, {@code "1,022"} with a thousands comma, and
     * negative for a correction of an earlier row (missing persons later found dead: {@code -5}), which
     * the publisher's own totals include.
     */
    static Long count(String text) {
        String stripped = text.strip();
        if (stripped.indexOf(',') >= 0 && !GROUPED.matcher(stripped).matches()) {
            return null; // "10,22" is no thousands comma: never read as 1022
        }
        String plain = stripped.replace(",", "");
        if (plain.isEmpty()) {
            return 0L;
        }
        if (plain.length() > MAX_COUNT_DIGITS + 1) {
            return null;
        }
        try {
            long count = Long.parseLong(plain);
            return Math.abs(count) < MAX_COUNT ? count : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String notACount(String text) {
        boolean whole = WHOLE_NUMBER.matcher(text).matches() || GROUPED.matcher(text).matches();
        if (whole) {
            return Excerpt.quoted(text) + " is out of range: a count of one incident is read below 1e15";
        }
        return Excerpt.quoted(text) + " is not a count"
                + (text.indexOf(',') >= 0 ? " (a thousands comma separates groups of three digits)" : "");
    }

    private static String field(CsvRows rows, int column) {
        return rows.text(column).strip();
    }
}
