package org.rives.connector.xlsx;

import java.math.BigDecimal;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/** Cell texts as a statistician reads them: numbers in plain decimal, never {@code 1.5E7}. */
final class XlsxCells {

    private XlsxCells() {
    }

    /** The text of cell {@code column} (0-based) of the row, empty when there is none. */
    static String text(Row row, int column) {
        if (column >= row.getCellCount()) {
            return "";
        }
        return text(row.getCell(column));
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> plain(cell.getRawValue());
            case FORMULA -> {
                String cached = cell.getRawValue();
                yield cached == null ? "" : plainIfNumber(cached);
            }
            case STRING, BOOLEAN, ERROR -> cell.getText() == null ? "" : cell.getText();
        };
    }

    /** Whether the cell holds a number (typed, or the cached value of a formula), not text. */
    static boolean isNumeric(Row row, int column) {
        if (column >= row.getCellCount() || row.getCell(column) == null) {
            return false;
        }
        Cell cell = row.getCell(column);
        return cell.getType() == CellType.NUMBER
                || cell.getType() == CellType.FORMULA && cell.getRawValue() != null && isNumber(cell.getRawValue());
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A formula that failed in the publisher's workbook ({@code #N/A}, {@code #REF!}). */
    static boolean isError(Row row, int column) {
        return column < row.getCellCount() && row.getCell(column) != null
                && row.getCell(column).getType() == CellType.ERROR;
    }

    /** Spreadsheet address of a cell ({@code C12}) for the report; column is 0-based, row 1-based. */
    static String address(String sheet, int column, long row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sheet + "!" + letters + row;
    }

    private static String plainIfNumber(String raw) {
        try {
            return plain(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String plain(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        BigDecimal value = new BigDecimal(raw.strip());
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
