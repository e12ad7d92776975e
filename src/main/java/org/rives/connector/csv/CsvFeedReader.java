package org.rives.connector.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.CsvOptions;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;

/**
 * Delimited text in all the shapes statistical publishers use: CSV or TSV, a preamble before the
 * header, wide (periods as columns) or long layouts, and Eurostat's packed key column. Streams the
 * file record by record; nothing is held whole.
 */
public final class CsvFeedReader implements FeedReader {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        CsvOptions options = definition.csv() == null ? CsvOptions.DEFAULTS : definition.csv();
        sink = MonthPeriodSink.wrap(options, sink);
        LineTrackingDecoder decoder = new LineTrackingDecoder(input, charset(options.encoding()));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote().isEmpty() ? null : options.quote().charAt(0))
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(decoder).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long line = parser.getCurrentLineNumber() + 1;
            CsvHeader header = null;
            while (header == null) {
                if (!records.hasNext()) {
                    throw noHeader(decoder, parser, options);
                }
                CSVRecord record = records.next();
                if (isHeader(record, options)) {
                    header = CsvHeader.of(record, options, line);
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            ObservationSink target = options.labelledCodes() ? new LabelledCodes(sink) : sink;
            target.columns(header.dimensionNames(), header.dimensionPositions());
            RowEmitter emitter = new RowEmitter(header, target);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isFooter(record, options)) {
                    break;
                }
                if (!isBlank(record)) {
                    emitter.emit(record, line);
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (LineTrackingDecoder.EncodingException e) {
            throw translate(e);
        }
    }

    private static boolean isHeader(CSVRecord record, CsvOptions options) {
        String first = record.get(0).strip();
        if (options.headerStartsWith() == null) {
            return !first.isEmpty();
        }
        return first.equals(options.headerStartsWith());
    }

    /** DataBank closes its export with notes ("Data from database: ...") that are not data rows. */
    private static boolean isFooter(CSVRecord record, CsvOptions options) {
        return options.footerStartsWith() != null && record.get(0).strip().startsWith(options.footerStartsWith());
    }

    /** A line of delimiters only (DataBank's {@code ,,,,} before its footer) holds nothing to read. */
    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static FeedFormatException noHeader(LineTrackingDecoder decoder, CSVParser parser, CsvOptions options) {
        if (decoder.bytesRead() == 0) {
            return new FeedFormatException(0, 0, "the file is empty");
        }
        String wanted = options.headerStartsWith() == null
                ? "no header row: the file has no non-empty line"
                : "no header row starting with \"" + options.headerStartsWith() + "\"";
        return new FeedFormatException(parser.getCurrentLineNumber(), 1, wanted);
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        long line = 0;
        while (m.find()) {
            line = Long.parseLong(m.group(1));
        }
        return line;
    }

    static Charset charset(String name) throws FeedFormatException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FeedFormatException(0, 0, "unknown encoding \"" + name + "\"");
        }
    }
}
