package org.rives.connector.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * One worksheet of an XLSX workbook, streamed row by row (the JDK's StAX parser over the zip's parts)
 * through the shared layout interpreter: a title block above a header found by content, wide or long
 * layouts, bands of columns labelled above the header. Rows and columns are reported as line and column.
 *
 * <p>Memory stays bounded whatever the sheet: one row at a time, and the workbook's shared strings within
 * the limits of {@link XlsxSharedStrings}. A part that declares a document type is refused before
 * anything is read ({@link XlsxPackage}); so is a cell of more than a spreadsheet's 32,767 characters.
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
        // A zip is read from its end (the central directory), so the bytes are spooled to a temporary file
        // first, never to the heap; each part is then streamed from there.
        Path spool = Files.createTempFile("rives-", ".xlsx");
        try {
            Files.copy(input, spool, StandardCopyOption.REPLACE_EXISTING);
            try (XlsxPackage workbook = XlsxPackage.open(spool)) {
                XlsxPackage.SheetPart sheet = sheet(workbook.sheets(), options);
                XlsxSharedStrings strings = XlsxSharedStrings.read(workbook);
                try (InputStream part = workbook.part(sheet.part())) {
                    XlsxRows rows = new XlsxRows(XlsxXml.open(part, sheet.part()), sheet.part(), sheet.name(), strings,
                            options.cells().decimal().charAt(0));
                    new TableReader(options.layout(), options.cells(), format(), definition).read(rows, sink);
                }
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static XlsxPackage.SheetPart sheet(List<XlsxPackage.SheetPart> sheets, XlsxOptions options)
            throws FeedFormatException {
        if (sheets.isEmpty()) {
            throw new FeedFormatException(0, 0, "not an XLSX workbook: it lists no worksheet");
        }
        if (options.sheet() == null) {
            return sheets.get(0);
        }
        return sheets.stream().filter(s -> options.sheet().equals(s.name())).findFirst().orElseThrow(() ->
                new FeedFormatException(0, 0, "no sheet \"" + options.sheet() + "\" in the workbook (sheets: "
                        + sheets.stream().map(XlsxPackage.SheetPart::name).collect(Collectors.joining(", ")) + ")"));
    }
}
