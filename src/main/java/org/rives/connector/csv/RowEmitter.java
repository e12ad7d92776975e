package org.rives.connector.csv;

import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.rives.connector.ObservationSink;

/** Turns each data record into observation cells, checking its shape against the header. */
final class RowEmitter {

    private final CsvHeader header;
    private final ObservationSink sink;
    private final Pattern keySplitter;
    private final int dimensionCount;

    RowEmitter(CsvHeader header, ObservationSink sink) {
        this.header = header;
        this.sink = sink;
        this.keySplitter = header.keySeparator() == null ? null : Pattern.compile(Pattern.quote(header.keySeparator()));
        this.dimensionCount = header.dimensionNames().length;
    }

    void emit(CSVRecord record, long line) {
        sink.rowRead();
        if (!hasValidWidth(record, line)) {
            return;
        }
        String[] dimensions = new String[dimensionCount];
        int next = 0;
        if (keySplitter != null) {
            String[] codes = keySplitter.split(record.get(0), -1);
            if (codes.length != header.packedNames().length) {
                sink.reject(line, 1, "key \"" + record.get(0) + "\" has " + codes.length + " codes, the header names "
                        + header.packedNames().length);
                return;
            }
            for (String code : codes) {
                dimensions[next++] = code.strip();
            }
        }
        for (int column : header.dimensionColumns()) {
            dimensions[next++] = record.get(column).strip();
        }
        int[] periodColumns = header.periodColumns();
        if (periodColumns.length > 0) {
            String[] periods = header.periods();
            for (int i = 0; i < periodColumns.length; i++) {
                int column = periodColumns[i];
                String cell = column < record.size() ? record.get(column) : "";
                sink.observation(line, column + 1, dimensions, periods[i], cell, null);
            }
        } else if (header.measureColumns().length > 0) {
            emitMeasures(record, line, dimensions);
        } else {
            String flag = header.flagColumn() >= 0 ? record.get(header.flagColumn()) : null;
            sink.observation(line, header.valueColumn() + 1, dimensions, record.get(header.periodColumn()).strip(),
                    record.get(header.valueColumn()), flag);
        }
    }

    /**
     * One cell per value column, each with its own key (the sink tells series apart by the key array, so
     * every measure gets a copy with its name in the last slot).
     */
    private void emitMeasures(CSVRecord record, long line, String[] dimensions) {
        String period = record.get(header.periodColumn()).strip();
        String flag = header.flagColumn() >= 0 ? record.get(header.flagColumn()) : null;
        int[] columns = header.measureColumns();
        for (int i = 0; i < columns.length; i++) {
            String[] key = dimensions.clone();
            key[key.length - 1] = header.measures()[i];
            String cell = columns[i] < record.size() ? record.get(columns[i]) : "";
            sink.observation(line, columns[i] + 1, key, period, cell, flag);
        }
    }

    /**
     * A row may lack trailing columns that have no header (the WDI's trailing comma) and may carry
     * extra empty cells, but a value beyond the header or a missing meaningful column is an error.
     */
    private boolean hasValidWidth(CSVRecord record, long line) {
        int size = record.size();
        if (size <= header.lastMeaningfulColumn()) {
            sink.reject(line, size + 1, "row has " + size + " fields, the header has " + header.width());
            return false;
        }
        for (int i = header.width(); i < size; i++) {
            if (!record.get(i).isBlank()) {
                sink.reject(line, i + 1, "row has " + size + " fields, the header has " + header.width());
                return false;
            }
        }
        return true;
    }
}
