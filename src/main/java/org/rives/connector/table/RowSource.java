package org.rives.connector.table;

import java.io.IOException;

import org.rives.connector.FeedFormatException;

/**
 * A file as rows of cell texts: what a tokeniser (CSV, XLSX) gives the layout interpreter. One row is
 * current at a time; its cells are read by 0-based column.
 */
public interface RowSource {

    /** Moves to the next row; false at the end of the file. */
    boolean next() throws IOException, FeedFormatException;

    /** 1-based line (or spreadsheet row) of the current row, for the report. */
    long line();

    /** The number of cells in the current row. */
    int size();

    /** The text of a cell, as written; empty beyond the row's last cell. */
    String text(int column);

    /** Why the cell holds no readable value (a spreadsheet error such as {@code #N/A}), or null. */
    default String error(int column) {
        return null;
    }

    /**
     * Whether fields are positional, as in delimited text: a row then must reach the header's last named
     * column and hold nothing beyond the header. A spreadsheet row simply has no cell where it is empty.
     */
    boolean positional();

    /** The error for a file that ends before a header row was found. */
    FeedFormatException noHeader(String headerStartsWith);
}
