package org.rives.connector.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
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
import org.rives.connector.OptionsSchema;
import org.rives.connector.ReaderOptions;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.table.TableLayout;
import org.rives.connector.table.TableReader;

import tools.jackson.databind.JsonNode;

/**
 * One worksheet of an XLSX workbook, streamed row by row (fastexcel-reader, StAX) through the shared
 * layout interpreter: a title block above a header found by content, wide or long layouts, bands of
 * columns labelled above the header. Rows and columns are reported as line and column.
 */
public final class XlsxFeedReader implements FeedReader {

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public Optional<JsonNode> optionsSchema() {
        return Optional.of(TableReader.optionsSchema(
                "One worksheet of an XLSX workbook: sheet, table layout and value cells",
                "/org/rives/connector/xlsx/xlsx.schema.json"));
    }

    @Override
    public ReaderOptions parseOptions(JsonNode block) {
        return new XlsxOptions(OptionsSchema.readPart(block, XlsxOptions.Workbook.class).sheet(),
                OptionsSchema.readPart(block, TableLayout.class), OptionsSchema.readPart(block, CellConventions.class));
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return TableReader.quirkHandlers(XlsxRows.QUIRK_HANDLERS);
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        XlsxOptions options = definition.options(XlsxOptions.class);
        // A zip needs random access: from a stream fastexcel would hold the whole workbook in memory, from
        // a file it reads only the parts it needs, so the bytes are spooled to a temporary file first.
        Path spool = Files.createTempFile("rives-", ".xlsx");
        try {
            Files.copy(input, spool, StandardCopyOption.REPLACE_EXISTING);
            try (ReadableWorkbook workbook = open(spool)) {
                Sheet sheet = sheet(workbook, options);
                try (Stream<Row> rows = sheet.openStream()) {
                    char decimal = options.cells().decimal().charAt(0);
                    XlsxRows cells = new XlsxRows(rows.iterator(), sheet.getName(), decimal);
                    new TableReader(options.layout(), options.cells(), format(), definition).read(cells, sink);
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
}
