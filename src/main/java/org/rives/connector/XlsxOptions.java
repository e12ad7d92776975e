package org.rives.connector;

import java.util.List;

/**
 * Layout and quirks of a worksheet in an XLSX workbook. The header row is found by its content, as
 * publishers put title blocks of varying height above it.
 *
 * @param sheet            the worksheet's name; the first sheet when unset
 * @param headerStartsWith the header is the first row whose first non-empty cell equals this text; the
 *                         first non-empty row when unset
 * @param layout           {@code wide} (one column per period) or {@code long} (one row per observation)
 * @param periodHeader     wide layout: a regular expression matching period column headers; its first
 *                         group, if any, is the period; with named groups {@code year} and {@code month}
 *                         (a number or an English month name, {@code JAN2009}) the period is that month
 * @param periodColumn     long layout: the column holding the period
 * @param valueColumn      long layout: the column holding the value
 * @param flagColumn       long layout: the column holding the observation flag, if any
 * @param bandRowsAbove    a row this many rows above the header labels blocks of columns (UN DESA's "both
 *                         sexes", "males", "females" over repeated years); each column gets the nearest
 *                         label at or left of it as dimension {@code band}
 * @param footnoteMarks    characters stripped from the end of dimension cells ({@code Spain*})
 * @param missing          cell texts that mean "no value" ({@code ..}, an em dash, {@code ~})
 */
public record XlsxOptions(
        String sheet,
        String headerStartsWith,
        String layout,
        String periodHeader,
        String periodColumn,
        String valueColumn,
        String flagColumn,
        Integer bandRowsAbove,
        String footnoteMarks,
        List<String> missing) {

    public static final XlsxOptions DEFAULTS = new XlsxOptions(null, null, null, null, null, null, null, null,
            null, null);

    public XlsxOptions {
        layout = layout == null ? "long" : layout;
        footnoteMarks = footnoteMarks == null ? "" : footnoteMarks;
        missing = missing == null ? List.of("", "..", ":", "-") : List.copyOf(missing);
    }

    public boolean wide() {
        return "wide".equals(layout);
    }
}
