package org.rives.connector.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

import org.rives.connector.FeedFormatException;
import org.rives.connector.table.RowSource;

/**
 * Delimited text as rows of cells: decoded strictly in the declared encoding (a leading BOM dropped),
 * split into records by a {@link RecordLexer}, each record with the line it starts on. A broken file
 * becomes a {@link FeedFormatException} naming the line and column.
 */
public final class CsvRows implements RowSource, AutoCloseable {

    /** Quirk handlers of the tokeniser. */
    public static final Map<String, String> QUIRK_HANDLERS = Map.of(
            "csv:bom", "a byte-order mark at the start of the file is dropped",
            "csv:line-ends", "CRLF, LF and CR line ends are read alike",
            "csv:utf16-bom", "a UTF-16 byte-order mark (FF FE or FE FF) means the file is read as UTF-16, as a "
                    + "spreadsheet's \"Unicode text\" export is",
            "csv:quoted-cells", "quoted cells may hold the delimiter and line breaks");

    private final LineTrackingDecoder decoder;
    private final RecordLexer lexer;

    public CsvRows(InputStream input, String encoding, char delimiter, Character quote) throws IOException,
            FeedFormatException {
        this(input, encoding, String.valueOf(delimiter), quote);
    }

    /**
     * @param delimiter the field separator, one character or several: the ECB's one-day file separates its
     *                  fields by a comma and a space ({@code ", "}), and a line must then hold that very text
     */
    public CsvRows(InputStream input, String encoding, String delimiter, Character quote) throws IOException,
            FeedFormatException {
        this.decoder = new LineTrackingDecoder(input, charset(encoding));
        this.lexer = new RecordLexer(decoder, delimiter, quote);
    }

    @Override
    public boolean next() throws FeedFormatException {
        try {
            return lexer.next();
        } catch (LineTrackingDecoder.RecordTooLongException e) {
            throw new FeedFormatException(lexer.nextLine(), 1, "the record starting here runs past "
                    + String.format(Locale.ROOT, "%,d", LineTrackingDecoder.MAX_RECORD) + " characters without "
                    + "ending, more than Rives reads in one record: is a quote left open?");
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public long line() {
        return lexer.line();
    }

    @Override
    public int size() {
        return lexer.size();
    }

    @Override
    public String text(int column) {
        return lexer.text(column);
    }

    @Override
    public boolean positional() {
        return true;
    }

    @Override
    public FeedFormatException noHeader(String headerStartsWith) {
        return noHeader(decoder, lexer.lines(), headerStartsWith);
    }

    /** The file ended, after {@code lines} lines, before a header row was found. */
    static FeedFormatException noHeader(LineTrackingDecoder decoder, long lines, String headerStartsWith) {
        if (decoder.bytesRead() == 0) {
            return new FeedFormatException(0, 0, "the file is empty");
        }
        String wanted = headerStartsWith == null
                ? "no header row: the file has no non-empty line"
                : "no header row starting with \"" + headerStartsWith + "\"";
        return new FeedFormatException(lines, 1, wanted);
    }

    @Override
    public void close() throws IOException {
        decoder.close();
    }

    /** An encoding error carries where it is; the input failing otherwise is reported as before, unlocated. */
    private static FeedFormatException translate(IOException e) {
        if (e instanceof LineTrackingDecoder.EncodingException encoding) {
            return new FeedFormatException(encoding.line, encoding.column, encoding.getMessage());
        }
        return new FeedFormatException(0, 0, "malformed CSV: " + e.getMessage());
    }

    static Charset charset(String name) throws FeedFormatException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FeedFormatException(0, 0, "unknown encoding \"" + name + "\"");
        }
    }
}
