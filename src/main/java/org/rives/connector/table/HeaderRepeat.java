package org.rives.connector.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.rives.connector.FeedFormatException;

/**
 * A second header row inside the data, as two exports joined into one file leave it. The rows after it
 * follow its columns, not the first header's, and may come from another query or vintage; read with the
 * first header they would put figures under the wrong keys (a filter on a column often dropped the header
 * row itself without a word). Rives does not re-map them: the file is refused at that line, so that each
 * part is loaded on its own, as its own vintage, with nothing guessed.
 *
 * <p>A row is taken for a header when its first non-empty cell is the header's (or, in a file with
 * Eurostat's packed key, is another packed key header such as {@code geo,unit\TIME_PERIOD}) and more than
 * half of the column names it gives are the header's: a data row does not name its own columns.
 */
final class HeaderRepeat {

    private final long line;
    private final Pattern packedNames;
    private final String first;
    private final List<String> names;
    private final Set<String> known;

    /** The header row, as the current row of {@code rows}; {@code keySeparator} as the layout gives it. */
    HeaderRepeat(RowSource rows, String keySeparator) {
        this.line = rows.line();
        this.packedNames = keySeparator == null ? null : Pattern.compile(Pattern.quote(keySeparator) + "|\\\\");
        List<String> cells = nonEmpty(rows);
        this.first = cells.isEmpty() ? null : cells.get(0);
        this.names = columnNames(cells);
        this.known = new HashSet<>(names);
    }

    /** Refuses the current row if it is another header row. */
    void check(RowSource rows) throws FeedFormatException {
        String cell = TableReader.firstCell(rows);
        if (first == null || cell == null || !(first.equals(cell) || packed(first) && packed(cell))) {
            return;
        }
        List<String> columns = columnNames(nonEmpty(rows));
        long named = columns.stream().filter(known::contains).count();
        if (named * 2 <= columns.size()) {
            return;
        }
        throw new FeedFormatException(rows.line(), 1, describe(columns) + "; two exports joined into one file? "
                + "The rows after it are not read with the columns of line " + line + ": load each part on its own");
    }

    private String describe(List<String> columns) {
        if (columns.equals(names)) {
            return "this row repeats the header of line " + line;
        }
        if (new HashSet<>(columns).equals(known)) {
            return "this row is a second header, the columns of line " + line + " in another order";
        }
        return "this row is a second header, with other columns than line " + line;
    }

    private boolean packed(String cell) {
        return packedNames != null && cell.indexOf('\\') >= 0;
    }

    /** The names a row gives, a packed key header split into the names it packs. */
    private List<String> columnNames(List<String> cells) {
        if (cells.isEmpty() || !packed(cells.get(0))) {
            return cells;
        }
        List<String> columns = new ArrayList<>(List.of(packedNames.split(cells.get(0), -1)));
        columns.addAll(cells.subList(1, cells.size()));
        return columns;
    }

    private static List<String> nonEmpty(RowSource rows) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String text = rows.text(i).strip();
            if (!text.isEmpty()) {
                cells.add(text);
            }
        }
        return cells;
    }
}
