package org.rives.connector.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.IncidentOptions;
import org.rives.connector.ObservationSink;

/**
 * An incident list in CSV (IOM Missing Migrants), read row by row and summed into counts per group
 * (route) and month, and per year, which are passed to the sink once the file is read. Dimensions are
 * {@code measure} (the name of each count) and {@code group}.
 */
public final class IncidentFeedReader implements FeedReader {

    static final String[] DIMENSIONS = {"measure", "group"};

    @Override
    public String format() {
        return "incidents";
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        IncidentOptions options = definition.incidents();
        if (options == null) {
            throw new FeedFormatException(0, 0, "format incidents needs an incidents block in the connector");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(input, StandardCharsets.UTF_8)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new FeedFormatException(0, 0, "the file is empty");
            }
            IncidentColumns columns = IncidentColumns.of(header(records.next()), options, 1);
            sink.columns(DIMENSIONS, new int[] {columns.counts()[0] + 1, columns.group() + 1});
            IncidentTotals totals = new IncidentTotals(columns);
            Set<String> seen = new HashSet<>();
            long line = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                sink.rowRead();
                if (columns.id() < 0 || seen.add(field(record, columns.id()))) {
                    tally(record, line, columns, totals, sink);
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            totals.emit(sink, options.frequencies());
        } catch (UncheckedIOException e) {
            throw new FeedFormatException(0, 0, "malformed CSV: " + e.getCause().getMessage());
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        record.forEach(name -> names.add(name.replace("\uFEFF", "").strip()));
        return names;
    }

    private static void tally(CSVRecord record, long line, IncidentColumns columns, IncidentTotals totals,
                              ObservationSink sink) {
        String date = field(record, columns.date());
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
            Long count = count(field(record, column));
            if (count == null) {
                sink.reject(line, column + 1, "\"" + field(record, column) + "\" is not a count");
                return;
            }
            counts[i] = count;
        }
        if (columns.total() < 0) {
            for (int i = 0; i < countColumns.length; i++) {
                counts[countColumns.length] += counts[i];
            }
        }
        totals.add(field(record, columns.group()), month, counts, line);
    }

    /**
     * A count as IOM writes it: empty for none reported, {@code "1,022"} with a thousands comma, and
     * negative for a correction of an earlier row (missing persons later found dead: {@code -5}), which
     * the publisher's own totals include.
     */
    static Long count(String text) {
        String plain = text.strip().replace(",", "");
        if (plain.isEmpty()) {
            return 0L;
        }
        try {
            return Long.parseLong(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String field(CSVRecord record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }
}
