package org.rives.connector;

import java.util.List;

/**
 * Layout and quirks of a delimited file. Defaults describe a plain RFC 4180 CSV in UTF-8 with the
 * header on its first line.
 *
 * @param delimiter     field separator; {@code "\t"} for Eurostat's TSV
 * @param quote         quote character, or empty for none
 * @param encoding      UTF-8 (a BOM is accepted), ISO-8859-1 or windows-1252
 * @param headerStartsWith the header is the first line whose first cell equals this text; where the
 *                      publisher adds a preamble, this finds the header by content, not by line count
 * @param layout        {@code wide} (one column per period) or {@code long} (one row per observation)
 * @param periodHeader  wide layout: a regular expression matching period column headers; its first
 *                      group, if any, is the period (so {@code 2019Q1 [YR2019Q1]} yields {@code 2019Q1})
 * @param periodColumn  long layout: the column holding the period
 * @param valueColumn   long layout: the column holding the value
 * @param flagColumn    long layout: the column holding the observation flag, if any
 * @param keySeparator  where the first column packs several dimensions ({@code freq,geo\TIME_PERIOD}),
 *                      the separator between them; the dimension names are read from the header
 * @param decimal       decimal mark: {@code .} or {@code ,}
 * @param thousands     thousands separator to ignore, if any ({@code ,} {@code .} or a space)
 * @param missing       cell texts that mean "no value"
 * @param gluedFlags    a value may carry flags after a space ({@code 996815 e}, {@code : m})
 * @param footerStartsWith reading stops at the first line whose first cell starts with this text (the
 *                      World Bank DataBank's {@code Data from database: ...} notes); lines of empty
 *                      cells before it are skipped in any case
 * @param measureHeader long layout: a regular expression matching several value columns, each a measure
 *                      (UNHCR's population types); the matched header is passed as dimension {@code measure}
 * @param monthNames    period labels name months in this language ({@code fr es it pt en}):
 *                      {@code Janvier 2024} or {@code 2024 janv.} reads as {@code 2024-01}
 * @param monthColumn   wide layout with months as rows and years as columns: the column naming the
 *                      month; each cell's period is its year header with this month
 * @param labelledCodes SDMX-CSV with labels: header and code cells read {@code ES: Spain}; only the
 *                      identifier before {@code ": "} is kept, so mappings use the codes
 */
public record CsvOptions(
        String delimiter,
        String quote,
        String encoding,
        String headerStartsWith,
        String layout,
        String periodHeader,
        String periodColumn,
        String valueColumn,
        String flagColumn,
        String keySeparator,
        String decimal,
        String thousands,
        List<String> missing,
        Boolean gluedFlags,
        String footerStartsWith,
        String measureHeader,
        String monthNames,
        String monthColumn,
        Boolean labelledCodes) {

    public static final CsvOptions DEFAULTS = new CsvOptions(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    public CsvOptions {
        delimiter = delimiter == null ? "," : delimiter;
        quote = quote == null ? "\"" : quote;
        encoding = encoding == null ? "UTF-8" : encoding;
        layout = layout == null ? "long" : layout;
        decimal = decimal == null ? "." : decimal;
        thousands = thousands == null ? "" : thousands;
        missing = missing == null ? List.of("", "..", ":", "-") : List.copyOf(missing);
        gluedFlags = gluedFlags != null && gluedFlags;
        labelledCodes = labelledCodes != null && labelledCodes;
    }

    /** The options before footers and measure columns existed; both left unset. */
    public CsvOptions(String delimiter, String quote, String encoding, String headerStartsWith, String layout,
                      String periodHeader, String periodColumn, String valueColumn, String flagColumn,
                      String keySeparator, String decimal, String thousands, List<String> missing,
                      Boolean gluedFlags) {
        this(delimiter, quote, encoding, headerStartsWith, layout, periodHeader, periodColumn, valueColumn,
                flagColumn, keySeparator, decimal, thousands, missing, gluedFlags, null, null, null, null, null);
    }

    /** The options before month names existed; both left unset. */
    public CsvOptions(String delimiter, String quote, String encoding, String headerStartsWith, String layout,
                      String periodHeader, String periodColumn, String valueColumn, String flagColumn,
                      String keySeparator, String decimal, String thousands, List<String> missing,
                      Boolean gluedFlags, String footerStartsWith, String measureHeader) {
        this(delimiter, quote, encoding, headerStartsWith, layout, periodHeader, periodColumn, valueColumn,
                flagColumn, keySeparator, decimal, thousands, missing, gluedFlags, footerStartsWith, measureHeader,
                null, null, null);
    }

    /** The options before labelled codes existed. */
    public CsvOptions(String delimiter, String quote, String encoding, String headerStartsWith, String layout,
                      String periodHeader, String periodColumn, String valueColumn, String flagColumn,
                      String keySeparator, String decimal, String thousands, List<String> missing,
                      Boolean gluedFlags, String footerStartsWith, String measureHeader, String monthNames,
                      String monthColumn) {
        this(delimiter, quote, encoding, headerStartsWith, layout, periodHeader, periodColumn, valueColumn,
                flagColumn, keySeparator, decimal, thousands, missing, gluedFlags, footerStartsWith, measureHeader,
                monthNames, monthColumn, null);
    }

    public boolean wide() {
        return "wide".equals(layout);
    }
}
