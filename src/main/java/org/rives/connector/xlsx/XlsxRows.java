package org.rives.connector.xlsx;

import java.util.Iterator;
import java.util.Map;

import org.dhatim.fastexcel.reader.Row;
import org.rives.connector.FeedFormatException;
import org.rives.connector.table.RowSource;

/**
 * One worksheet as rows of cells, streamed row by row by fastexcel-reader; the spreadsheet row number
 * is the line, so {@code Table 1!C12} is line 12, column 3. Numbers read in plain decimal
 * ({@link XlsxCells}); a cell holding a spreadsheet error is reported, never read as a value.
 */
final class XlsxRows implements RowSource {

    /** Quirk handlers of the tokeniser. */
    static final Map<String, String> QUIRK_HANDLERS = Map.of(
            "xlsx:plain-numbers", "numeric cells read as the number stored, in plain decimal (never 1.5E7) with "
                    + "the connector's decimal mark",
            "xlsx:formula-values", "formula cells read as their cached value; a spreadsheet error is rejected");

    private final Iterator<Row> rows;
    private final String sheet;
    private final char decimal;
    private Row row;
    private long line;

    /**
     * @param decimal the connector's decimal mark: a number stored in the workbook is written with it, so
     *                that typed figures and figures typed as text ({@code 1234,5}) read alike
     */
    XlsxRows(Iterator<Row> rows, String sheet, char decimal) {
        this.rows = rows;
        this.sheet = sheet;
        this.decimal = decimal;
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        row = rows.next();
        line = row.getRowNum();
        return true;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int size() {
        return row.getCellCount();
    }

    @Override
    public String text(int column) {
        String text = XlsxCells.text(row, column);
        return decimal == '.' || !XlsxCells.isNumeric(row, column) ? text : text.replace('.', decimal);
    }

    @Override
    public String error(int column) {
        if (!XlsxCells.isError(row, column)) {
            return null;
        }
        return XlsxCells.address(sheet, column, line) + " holds the spreadsheet error " + text(column);
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
