package org.rives.connector.xlsx;

/** Spreadsheet cell references: {@code C12} to a column and back, for reading and for the report. */
final class XlsxCells {

    private XlsxCells() {
    }

    /**
     * The 0-based column of a cell reference ({@code C12} is 2, {@code AB3} is 27), or -1 when the text is
     * not a reference: one to three letters, then a row number.
     */
    static int column(String reference) {
        int letters = 0;
        int column = 0;
        while (letters < reference.length() && letters < 4) {
            char c = reference.charAt(letters);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
        }
        if (letters == 0 || letters > 3 || letters == reference.length() || reference.length() - letters > 7) {
            return -1;
        }
        for (int i = letters; i < reference.length(); i++) {
            if (reference.charAt(i) < '0' || reference.charAt(i) > '9') {
                return -1;
            }
        }
        return column - 1;
    }

    /** Spreadsheet address of a cell ({@code Table 1!C12}) for the report; column is 0-based, row 1-based. */
    static String address(String sheet, int column, long row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sheet + "!" + letters + row;
    }
}
