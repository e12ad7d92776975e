package org.rives.connector.csv;

/**
 * The common record read in one pass, for the speed of long files: a one-character delimiter, cells plain
 * or simply quoted (no doubled quote, no line break, nothing after the closing quote), a line end, all of it
 * already read ahead. Anything else is left to the cell by cell reading of {@link RecordLexer}, which then
 * reads the record from its start: the two read a common record alike.
 */
final class QuickRecord {

    private QuickRecord() {
    }

    /**
     * Reads the record at the window's position into the cells, with {@code d} the delimiter and {@code quote}
     * the quote (-1 for none); false, with the position unmoved, when the record is not a common one.
     */
    static boolean read(CharWindow window, RecordCells cells, char d, int quote) {
        char[] chars = window.chars();
        int p = window.pos;
        int end = window.readAhead();
        int start = window.recordStart();
        while (p < end) {
            int from = p;
            int to;
            if (chars[p] == quote) {
                from = ++p;
                while (p < end && chars[p] != quote && chars[p] != '\n' && chars[p] != '\r') {
                    p++;
                }
                if (p + 1 >= end || chars[p] != quote) {
                    return false;
                }
                to = p++;
            } else {
                char c;
                while (p < end && (c = chars[p]) != d && c != '\n' && c != '\r') {
                    p++;
                }
                to = p;
            }
            if (p == end) {
                return false;
            }
            char c = chars[p];
            if (c == d) {
                cells.add(from - start, to - start, false);
                p++;
            } else if (c == '\n' || c == '\r' && p + 1 < end && chars[p + 1] == '\n') {
                cells.add(from - start, to - start, false);
                window.passLineEnd(c == '\n' ? p + 1 : p + 2);
                return true;
            } else {
                return false;
            }
        }
        return false;
    }
}
