package org.rives.connector.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.Row;
import org.rives.connector.ObservationSink;
import org.rives.connector.XlsxOptions;

/** Turns each data row of a worksheet into observation cells. */
final class XlsxRowEmitter {

    private final XlsxHeader header;
    private final ObservationSink sink;
    private final Set<String> missing;
    private final String footnoteMarks;
    private final int[] bandOf;
    private final int bandCount;

    XlsxRowEmitter(XlsxHeader header, XlsxOptions options, ObservationSink sink) {
        this.header = header;
        this.sink = sink;
        this.missing = new HashSet<>();
        options.missing().forEach(marker -> missing.add(marker.strip()));
        this.footnoteMarks = options.footnoteMarks();
        this.bandOf = new int[header.valueColumns().length];
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < bandOf.length && header.banded(); i++) {
            String band = header.bands()[i];
            if (!distinct.contains(band)) {
                distinct.add(band);
            }
            bandOf[i] = distinct.indexOf(band);
        }
        this.bandCount = Math.max(1, distinct.size());
    }

    void emit(Row row, String sheet) {
        if (isBlank(row)) {
            return;
        }
        sink.rowRead();
        long line = row.getRowNum();
        String[][] keys = keys(row);
        int[] columns = header.valueColumns();
        for (int i = 0; i < columns.length; i++) {
            String period = header.periodColumn() < 0 ? header.periods()[i]
                    : XlsxCells.text(row, header.periodColumn()).strip();
            String flag = header.flagColumn() < 0 ? null : XlsxCells.text(row, header.flagColumn());
            String value = XlsxCells.text(row, columns[i]);
            if (XlsxCells.isError(row, columns[i])) {
                sink.reject(line, columns[i] + 1, XlsxCells.address(sheet, columns[i], line)
                        + " holds the spreadsheet error " + value);
                continue;
            }
            sink.observation(line, columns[i] + 1, keys[bandOf[i]], period,
                    missing.contains(value.strip()) ? "" : value, flag);
        }
    }

    /**
     * The row's key, once per band: the sink tells series apart by the key array, so each band gets its
     * own copy with its label in the last slot.
     */
    private String[][] keys(Row row) {
        int[] dimensionColumns = header.dimensionColumns();
        int size = header.dimensionNames().length;
        String[] key = new String[size];
        for (int d = 0; d < dimensionColumns.length; d++) {
            key[d] = stripMarks(XlsxCells.text(row, dimensionColumns[d]).strip());
        }
        String[][] keys = new String[bandCount][];
        if (!header.banded()) {
            keys[0] = key;
            return keys;
        }
        for (int i = 0; i < bandOf.length; i++) {
            if (keys[bandOf[i]] == null) {
                keys[bandOf[i]] = key.clone();
                keys[bandOf[i]][size - 1] = header.bands()[i];
            }
        }
        return keys;
    }

    private String stripMarks(String text) {
        int end = text.length();
        while (end > 0 && footnoteMarks.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!XlsxCells.text(row.getCell(i)).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
