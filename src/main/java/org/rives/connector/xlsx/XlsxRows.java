package org.rives.connector.xlsx;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.rives.connector.Cancellation;
import org.rives.connector.FeedFormatException;
import org.rives.connector.cell.Excerpt;
import org.rives.connector.cell.FigureRange;
import org.rives.connector.table.RowSource;

/**
 * One worksheet as rows of cells, streamed from its XML one row at a time; the spreadsheet row number is
 * the line, so {@code Table 1!C12} is line 12, column 3. Numbers read in plain decimal, with the
 * connector's decimal mark; a cell that holds a spreadsheet error ({@code #N/A}) or cannot be read as its
 * type says ({@code abc} in a number cell) is reported at its own row and column with its reference.
 * What no spreadsheet writes (a cell reference outside A1:XFD1048576, rows out of order, a cell given
 * twice, a shared string the workbook lacks) means the file is broken, and is refused where it is.
 */
final class XlsxRows implements RowSource {

    /** Quirk handlers of the tokeniser. */
    static final Map<String, String> QUIRK_HANDLERS = Map.of(
            "xlsx:plain-numbers", "numeric cells read as the number stored, in plain decimal (never 1.5E7) with "
                    + "the connector's decimal mark",
            "xlsx:formula-values", "formula cells read as their cached value; a spreadsheet error is rejected");

    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private final XMLStreamReader xml;
    private final String part;
    private final String sheet;
    private final XlsxSharedStrings strings;
    private final char decimal;
    private String[] texts = new String[16];
    private String[] problems = new String[16];
    private boolean[] numeric = new boolean[16];
    private int size;
    private long line;
    private boolean inData;
    private boolean done;

    /**
     * @param decimal the connector's decimal mark: a number stored in the workbook is written with it, so
     *                that typed figures and figures typed as text ({@code 1234,5}) read alike
     */
    XlsxRows(XMLStreamReader xml, String part, String sheet, XlsxSharedStrings strings, char decimal) {
        this.xml = xml;
        this.part = part;
        this.sheet = sheet;
        this.strings = strings;
        this.decimal = decimal;
    }

    @Override
    public boolean next() throws FeedFormatException {
        Cancellation.check();
        Arrays.fill(texts, 0, size, null);
        Arrays.fill(problems, 0, size, null);
        Arrays.fill(numeric, 0, size, false);
        size = 0;
        while (!done) {
            int event = XlsxXml.next(xml, part);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                done = true;
            } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheetData")) {
                inData = true;
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                done = true;
            } else if (inData && event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                row();
                return true;
            }
        }
        return false;
    }

    private void row() throws FeedFormatException {
        line = rowNumber(xml.getAttributeValue(null, "r"));
        int column = 0;
        for (int event = XlsxXml.next(xml, part); event != XMLStreamConstants.END_ELEMENT
                || !xml.getLocalName().equals("row"); event = XlsxXml.next(xml, part)) {
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                column = cell(column) + 1;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                XlsxXml.skip(xml, part);
            }
        }
    }

    /** Reads the cell at the current {@code <c>}; returns its 0-based column. */
    private int cell(int next) throws FeedFormatException {
        String reference = xml.getAttributeValue(null, "r");
        int column = reference == null ? next : XlsxCells.column(reference);
        if (column < 0 || column >= MAX_COLUMNS) {
            throw refused(next, "cell reference " + Excerpt.quoted(reference) + " is not a cell of a worksheet "
                    + "(A1 to XFD1048576)");
        }
        if (column < next) {
            throw refused(column, XlsxCells.address(sheet, column, line) + " is given twice, or after a cell to "
                    + "its right");
        }
        String type = xml.getAttributeValue(null, "t");
        XlsxXml.Place place = new XlsxXml.Place(line, column + 1, XlsxCells.address(sheet, column, line));
        String value = null;
        String inline = null;
        for (int event = XlsxXml.next(xml, part); event != XMLStreamConstants.END_ELEMENT
                || !xml.getLocalName().equals("c"); event = XlsxXml.next(xml, part)) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "v" -> value = XlsxXml.text(xml, part, false, place);
                case "is" -> inline = XlsxXml.text(xml, part, true, place);
                default -> XlsxXml.skip(xml, part); // a formula's text, extensions: its cached value is what counts
            }
        }
        put(column, type == null ? "n" : type, value, inline, place);
        return column;
    }

    private void put(int column, String type, String value, String inline, XlsxXml.Place place)
            throws FeedFormatException {
        ensure(column + 1);
        size = column + 1;
        String raw = value == null ? "" : value;
        texts[column] = raw;
        switch (type) {
            case "n" -> number(column, raw, place);
            case "s" -> texts[column] = shared(raw, place);
            case "inlineStr" -> texts[column] = inline == null ? "" : inline;
            case "str", "d" -> { }
            case "b" -> texts[column] = raw.equals("1") ? "true" : raw.equals("0") ? "false" : raw;
            case "e" -> problems[column] = place.what() + " holds the spreadsheet error " + raw;
            default -> problems[column] = place.what() + " has the cell type " + Excerpt.quoted(type)
                    + ", which no spreadsheet writes";
        }
    }

    private void number(int column, String raw, XlsxXml.Place place) {
        if (raw.isEmpty()) {
            return;
        }
        if (FigureRange.isNumber(raw)) {
            // out of range, the number is left as written, with its point, for the cell parser to refuse
            numeric[column] = FigureRange.problem(raw) == null;
            texts[column] = FigureRange.plain(raw);
        } else {
            problems[column] = place.what() + " is typed as a number but holds " + Excerpt.quoted(raw);
        }
    }

    private String shared(String raw, XlsxXml.Place place) throws FeedFormatException {
        if (raw.isEmpty()) {
            return "";
        }
        String text = null;
        if (raw.length() <= 9 && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            text = strings.get(Integer.parseInt(raw));
        }
        if (text == null) {
            throw new FeedFormatException(place.line(), place.column(), place.what() + " refers to shared string "
                    + Excerpt.quoted(raw) + ", but the workbook has " + String.format(Locale.ROOT, "%,d",
                    strings.size()));
        }
        return text;
    }

    private long rowNumber(String r) throws FeedFormatException {
        if (r == null) {
            return checkedRow(line + 1, "(unnumbered)");
        }
        long number = r.length() <= 7 && !r.isEmpty() && r.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Long.parseLong(r) : -1;
        return checkedRow(number, r);
    }

    private long checkedRow(long number, String written) throws FeedFormatException {
        if (number < 1 || number > MAX_ROWS || number <= line) {
            throw new FeedFormatException(line + 1, 0, "row " + Excerpt.quoted(written) + " of sheet \"" + sheet
                    + "\" after row " + line + ": a sheet's rows are numbered 1 to 1,048,576, in increasing order");
        }
        return number;
    }

    private FeedFormatException refused(int column, String reason) {
        return new FeedFormatException(line, column + 1, reason);
    }

    private void ensure(int width) {
        if (width > texts.length) {
            int capacity = Math.max(width, Math.min(MAX_COLUMNS, texts.length * 2));
            texts = Arrays.copyOf(texts, capacity);
            problems = Arrays.copyOf(problems, capacity);
            numeric = Arrays.copyOf(numeric, capacity);
        }
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String text(int column) {
        if (column >= size || texts[column] == null) {
            return "";
        }
        return decimal == '.' || !numeric[column] ? texts[column] : texts[column].replace('.', decimal);
    }

    @Override
    public String error(int column) {
        return column < size ? problems[column] : null;
    }

    @Override
    public boolean positional() {
        return false;
    }

    @Override
    public FeedFormatException noHeader(String headerStartsWith) {
        String wanted = headerStartsWith == null ? "no header row: sheet \"" + sheet + "\" is empty"
                : "no header row starting with \"" + headerStartsWith + "\" in sheet \"" + sheet + "\"";
        return new FeedFormatException(line, 1, wanted);
    }
}
