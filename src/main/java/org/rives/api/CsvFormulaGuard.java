package org.rives.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from being read as a formula by a spreadsheet (CSV injection): a text cell that
 * begins with {@code = + - @}, a tab or a carriage return gets a leading single quote, as OWASP
 * advises, so {@code =HYPERLINK(…)} or {@code +1+cmd|…} from a publisher's flag is shown as text, not
 * run. Numbers are left alone ({@code -12.5} stays a negative figure, {@code 1E+5} too): their leading
 * sign is data, and a cell that is wholly a number cannot be a formula; so is a lone {@code -}. Every CSV the server writes goes
 * through {@link #cell} or {@link #rows}.
 */
public final class CsvFormulaGuard {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvFormulaGuard() {
    }

    /** The cell as it is safe to write: neutralised when it is text that a spreadsheet would evaluate. */
    public static Object cell(Object value) {
        if (!(value instanceof CharSequence sequence) || sequence.isEmpty()) {
            return value;
        }
        String text = sequence.toString();
        boolean harmless = NUMBER.matcher(text).matches() || text.equals("-");
        return startsLikeFormula(text) && !harmless ? "'" + text : value;
    }

    /** Every cell of the rows through {@link #cell}. */
    public static List<List<Object>> rows(List<List<Object>> rows) {
        List<List<Object>> safe = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>(row.size());
            row.forEach(value -> cells.add(cell(value)));
            safe.add(cells);
        }
        return safe;
    }

    static boolean startsLikeFormula(String text) {
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }
}
