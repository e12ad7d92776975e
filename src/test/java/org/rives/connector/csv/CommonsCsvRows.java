package org.rives.connector.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rives.connector.FeedFormatException;
import org.rives.connector.table.RowSource;

/**
 * The tokeniser Rives used before {@link RecordLexer}: Commons CSV's {@code RFC4180} format, empty lines
 * ignored, over the same strict decoder. Kept, unchanged, as the reference the differential test holds the
 * lexer to.
 */
final class CommonsCsvRows implements RowSource, AutoCloseable {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final LineTrackingDecoder decoder;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private CSVRecord record;
    private long nextLine;
    private long line;

    /**
     * @param delimiter the field separator, one character or several: the ECB's one-day file separates its
     *                  fields by a comma and a space ({@code ", "}), and a line must then hold that very text
     */
    CommonsCsvRows(InputStream input, String encoding, String delimiter, Character quote) throws IOException,
            FeedFormatException {
        this.decoder = new LineTrackingDecoder(input, CsvRows.charset(encoding));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setIgnoreEmptyLines(true)
                .get();
        try {
            this.parser = CSVParser.builder().setReader(decoder).setFormat(format).get();
        } catch (LineTrackingDecoder.EncodingException e) {
            throw translate(e);
        }
        this.records = parser.iterator();
        this.nextLine = parser.getCurrentLineNumber() + 1;
    }

    @Override
    public boolean next() throws FeedFormatException {
        try {
            if (!records.hasNext()) {
                return false;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LineTrackingDecoder.RecordTooLongException) {
                throw new FeedFormatException(nextLine, 1, "the record starting here runs past "
                        + String.format(Locale.ROOT, "%,d", LineTrackingDecoder.MAX_RECORD) + " characters without "
                        + "ending, more than Rives reads in one record: is a quote left open?");
            }
            throw translate(e.getCause());
        }
        decoder.mark();
        long end = parser.getCurrentLineNumber();
        // The parser counts the line a record ends on; it starts there unless it holds line breaks (a quoted
        // cell), and it starts after nextLine when empty lines were skipped before it.
        line = end == nextLine ? end : end - lineBreaksIn(record);
        nextLine = end + 1;
        return true;
    }

    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String cell : record) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int size() {
        return record.size();
    }

    @Override
    public String text(int column) {
        return column < record.size() ? record.get(column) : "";
    }

    @Override
    public boolean positional() {
        return true;
    }

    @Override
    public FeedFormatException noHeader(String headerStartsWith) {
        return CsvRows.noHeader(decoder, parser.getCurrentLineNumber(), headerStartsWith);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static FeedFormatException translate(IOException e) {
        if (e instanceof LineTrackingDecoder.EncodingException encoding) {
            return new FeedFormatException(encoding.line, encoding.column, encoding.getMessage());
        }
        return new FeedFormatException(lineOf(e.getMessage()), 0, "malformed CSV: " + e.getMessage());
    }

    /** Commons CSV names the line in its message ("... at line 12"); keep it for the report. */
    private static long lineOf(String message) {
        if (message == null) {
            return 0;
        }
        Matcher m = LINE.matcher(message);
        long line = 0;
        while (m.find()) {
            line = Long.parseLong(m.group(1));
        }
        return line;
    }
}
