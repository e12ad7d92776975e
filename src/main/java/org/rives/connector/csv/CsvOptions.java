package org.rives.connector.csv;

import org.rives.connector.ReaderOptions;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.table.TableLayout;

/**
 * The {@code csv:} block of a connector: the syntax of the delimited text, then the table layout and
 * value-cell conventions every tabular format shares, all as flat keys of the one block. Defaults
 * describe a plain RFC 4180 CSV in UTF-8 with the header on its first non-empty line.
 *
 * @param delimiter field separator, one to four characters; {@code "\t"} for Eurostat's TSV, {@code ", "} (a comma
 *                  and a space) for the ECB's one-day reference rates
 * @param quote     quote character, or empty for none
 * @param encoding  UTF-8 (a BOM is accepted), ISO-8859-1 or windows-1252
 */
public record CsvOptions(String delimiter, String quote, String encoding, TableLayout layout,
                         CellConventions cells) implements ReaderOptions {

    public CsvOptions {
        delimiter = delimiter == null ? "," : delimiter;
        quote = quote == null ? "\"" : quote;
        encoding = encoding == null ? "UTF-8" : encoding;
    }

    /** The syntax keys of the block; layout and cell keys are read into their own records. */
    record Syntax(String delimiter, String quote, String encoding) {
    }
}
