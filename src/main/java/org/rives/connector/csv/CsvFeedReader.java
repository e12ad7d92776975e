package org.rives.connector.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

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
 * Delimited text in all the shapes statistical publishers use: CSV or TSV (SDMX-CSV among them), a
 * preamble before the header, wide or long layouts, Eurostat's packed key column. The bytes become rows
 * ({@link CsvRows}); the shared layout interpreter ({@link TableReader}) turns rows into observations.
 * Streams the file record by record; nothing is held whole.
 */
public final class CsvFeedReader implements FeedReader {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Optional<JsonNode> optionsSchema() {
        return Optional.of(TableReader.optionsSchema("Delimited text: syntax, table layout and value cells",
                "/org/rives/connector/csv/csv.schema.json"));
    }

    @Override
    public ReaderOptions parseOptions(JsonNode block) {
        CsvOptions.Syntax syntax = OptionsSchema.readPart(block, CsvOptions.Syntax.class);
        return new CsvOptions(syntax.delimiter(), syntax.quote(), syntax.encoding(),
                OptionsSchema.readPart(block, TableLayout.class), OptionsSchema.readPart(block, CellConventions.class));
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return TableReader.quirkHandlers(CsvRows.QUIRK_HANDLERS);
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        CsvOptions options = definition.options(CsvOptions.class);
        Character quote = options.quote().isEmpty() ? null : options.quote().charAt(0);
        try (CsvRows rows = new CsvRows(input, options.encoding(), options.delimiter(), quote)) {
            new TableReader(options.layout(), options.cells(), format(), definition).read(rows, sink);
        }
    }
}
