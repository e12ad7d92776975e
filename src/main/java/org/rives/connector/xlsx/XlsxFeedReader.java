package org.rives.connector.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;
import org.rives.connector.XlsxOptions;

/**
 * One worksheet of an XLSX workbook, streamed row by row (fastexcel-reader, StAX): a title block above
 * a header found by content, wide or long layouts, bands of columns labelled above the header. Rows and
 * columns are reported as line and column, so {@code Table 1!C12} is line 12, column 3.
 */
public final class XlsxFeedReader implements FeedReader {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        XlsxOptions options = definition.xlsx() == null ? XlsxOptions.DEFAULTS : definition.xlsx();
        // A zip needs random access: from a stream fastexcel would hold the whole workbook in memory, from
        // a file it reads only the parts it needs, so the bytes are spooled to a temporary file first.
        Path spool = Files.createTempFile("rives-", ".xlsx");
        try {
            Files.copy(input, spool, StandardCopyOption.REPLACE_EXISTING);
            try (ReadableWorkbook workbook = open(spool)) {
                Sheet sheet = sheet(workbook, options);
                try (Stream<Row> rows = sheet.openStream()) {
                    readSheet(rows.iterator(), sheet.getName(), options, sink);
                }
            } catch (ExcelReaderException | UncheckedIOException e) {
                throw new FeedFormatException(0, 0, "unreadable XLSX workbook: " + e.getMessage());
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static ReadableWorkbook open(Path file) throws FeedFormatException {
        try {
            return new ReadableWorkbook(file.toFile());
        } catch (IOException | ExcelReaderException e) {
            throw new FeedFormatException(0, 0, "not an XLSX workbook: " + e.getMessage());
        }
    }

    private static Sheet sheet(ReadableWorkbook workbook, XlsxOptions options) throws FeedFormatException {
        if (options.sheet() == null) {
            return workbook.getFirstSheet();
        }
        return workbook.findSheet(options.sheet()).orElseThrow(() -> new FeedFormatException(0, 0,
                "no sheet \"" + options.sheet() + "\" in the workbook (sheets: "
                        + workbook.getSheets().map(Sheet::getName).collect(Collectors.joining(", ")) + ")"));
    }

    private static void readSheet(Iterator<Row> rows, String sheet, XlsxOptions options, ObservationSink sink)
            throws FeedFormatException {
        TreeMap<Integer, Map<Integer, String>> above = new TreeMap<>();
        XlsxHeader header = null;
        int last = 0;
        while (header == null) {
            if (!rows.hasNext()) {
                throw noHeader(sheet, options, last);
            }
            Row row = rows.next();
            last = row.getRowNum();
            Map<Integer, String> cells = XlsxCells.nonEmpty(row);
            if (isHeader(cells, options)) {
                header = XlsxHeader.of(cells, bandRow(above, last, options), options, last);
            } else if (options.bandRowsAbove() != null) {
                above.put(last, cells);
                above.headMap(last - options.bandRowsAbove()).clear();
            }
        }
        sink.columns(header.dimensionNames(), header.dimensionPositions());
        XlsxRowEmitter emitter = new XlsxRowEmitter(header, options, sink);
        rows.forEachRemaining(row -> emitter.emit(row, sheet));
    }

    private static boolean isHeader(Map<Integer, String> cells, XlsxOptions options) {
        if (cells.isEmpty()) {
            return false;
        }
        String first = cells.values().iterator().next();
        return options.headerStartsWith() == null || first.equals(options.headerStartsWith());
    }

    private static Map<Integer, String> bandRow(TreeMap<Integer, Map<Integer, String>> above, int headerRow,
                                                XlsxOptions options) {
        if (options.bandRowsAbove() == null) {
            return null;
        }
        return above.getOrDefault(headerRow - options.bandRowsAbove(), new TreeMap<>());
    }

    private static FeedFormatException noHeader(String sheet, XlsxOptions options, int last) {
        String wanted = options.headerStartsWith() == null ? "no header row: sheet \"" + sheet + "\" is empty"
                : "no header row starting with \"" + options.headerStartsWith() + "\" in sheet \"" + sheet + "\"";
        return new FeedFormatException(last, 1, wanted);
    }
}
