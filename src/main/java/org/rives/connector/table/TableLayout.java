package org.rives.connector.table;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where the figures sit in a table, whatever the file format that carries it: the header row, wide
 * (one column per period) or long (one row per observation), packed keys, several value columns,
 * bands of columns, month names. CSV and XLSX read these keys from their options block; one
 * interpreter ({@link TableReader}) serves them all.
 *
 * @param headerStartsWith the header is the first row whose first non-empty cell equals this text; where
 *                         the publisher adds a preamble, this finds the header by content, not by count
 * @param footerStartsWith reading stops at the first row whose first non-empty cell starts with this text
 *                         (the World Bank DataBank's {@code Data from database: ...} notes)
 * @param layout           {@code wide} (one column per period) or {@code long} (one row per observation)
 * @param periodHeader     wide layout: a regular expression matching period column headers; its group
 *                         named {@code period}, else its first group, if any, is the period ({@code 2019Q1
 *                         [YR2019Q1]} yields {@code 2019Q1}); with groups named {@code year} and {@code month}
 *                         (a number or an English month name, {@code JAN2009}) the period is that month; a
 *                         group named {@code flag} reads a marker of the header ({@code 2022 (p)},
 *                         {@code 2023*}) as the flag of every cell of the column, mapped by the connector's
 *                         {@code flags}
 * @param periodColumn     long layout: the column holding the period
 * @param valueColumn      long layout: the column holding the value
 * @param flagColumn       long layout: the column holding the observation flag, if any
 * @param keySeparator     where the first column packs several dimensions ({@code freq,geo\TIME_PERIOD}),
 *                         the separator between them; the dimension names are read from the header
 * @param measureHeader    long layout: a regular expression matching several value columns, each a measure
 *                         (UNHCR's population types); the matched header is passed as dimension {@code measure}
 * @param monthNames       period labels name months in this language ({@code fr es it pt en}):
 *                         {@code Janvier 2024} or {@code 2024 janv.} reads as {@code 2024-01}
 * @param monthColumn      wide layout with months as rows and years as columns: the column naming the
 *                         month; each cell's period is its year header with this month
 * @param labelledCodes    SDMX-CSV with labels: header and code cells read {@code ES: Spain}; only the
 *                         identifier before {@code ": "} is kept, so mappings use the codes
 * @param bandRowsAbove    a row this many rows above the header labels blocks of columns (UN DESA's "both
 *                         sexes", "males", "females" over repeated years); each value column gets the
 *                         nearest label at or left of it as dimension {@code band}
 * @param footnoteMarks    characters stripped from the end of dimension cells ({@code Spain*})
 * @param ignoreColumns    wide layout: header cells that are neither periods nor columns the connector's rules
 *                         name, read and left unused on purpose (labels beside codes); any other such cell is
 *                         listed in the report as ignored
 * @param measureDimension the name of the dimension {@code measureHeader} columns give ({@code measure} by
 *                         default): a table wide by a dimension, such as the ECB's currencies as columns
 * @param dailyMeans       the period column holds days ({@code YYYY-MM-DD}); each series is averaged into the
 *                         periods named, and only the means are passed on
 * @param periodPattern    long layout: a regular expression the period cell must match in full; its first
 *                         group (or groups {@code year} and {@code month}) is the period. A row whose period
 *                         cell does not match is not an observation of this connector: its cells are counted
 *                         as filtered out, never rejected (onData's Viminale table keeps only the year-end
 *                         reports, {@code (\d{4})-12-31})
 * @param periodInTitle    long layout without a period column: a regular expression matched against the first
 *                         cell of each row above the header; its first group is the period of every value
 *                         (ISTAT's workbook export names its year in a title line, {@code Tempo: (\d{4})})
 * @param dayFormat        long layout: the period cells are days written in this {@link java.time.format.DateTimeFormatter}
 *                         pattern with English month names ({@code d MMMM uuuu} reads the ECB's {@code 13 April 2026});
 *                         each is read as the ISO day ({@code 2026-04-13}) before anything else sees it, and a cell
 *                         that is no such day is rejected
 * @param dailySums        the period column holds days; each series' daily counts are summed into the calendar
 *                         periods named, and a period is passed on only when every one of its days has a figure.
 *                         With a {@code reportColumn}, a day may come in several reports: the latest report's row
 *                         is kept, and a row for a day after its own report's date is a placeholder, filtered out
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TableLayout(
        String headerStartsWith,
        String footerStartsWith,
        String layout,
        String periodHeader,
        String periodColumn,
        String valueColumn,
        String flagColumn,
        String keySeparator,
        String measureHeader,
        String monthNames,
        String monthColumn,
        Boolean labelledCodes,
        Integer bandRowsAbove,
        String footnoteMarks,
        List<String> ignoreColumns,
        String measureDimension,
        DailyMeans dailyMeans,
        String periodPattern,
        String periodInTitle,
        String dayFormat,
        DailySums dailySums) {

    /** Where the keys of this record are described: merged into each tabular format's options schema. */
    public static final String SCHEMA = "/org/rives/connector/table/layout.schema.json";

    public TableLayout {
        layout = layout == null ? "long" : layout;
        labelledCodes = labelledCodes != null && labelledCodes;
        footnoteMarks = footnoteMarks == null ? "" : footnoteMarks;
        ignoreColumns = ignoreColumns == null ? List.of() : List.copyOf(ignoreColumns);
        measureDimension = measureDimension == null ? TableHeader.MEASURE : measureDimension;
        if (dayFormat != null) {
            DayLabels.of(dayFormat); // a pattern that is none is the connector's error, found when it is read
        }
        if (dailyMeans != null && dailySums != null) {
            throw new IllegalArgumentException("dailyMeans and dailySums both aggregate the days; a table takes one");
        }
    }

    /** The keys every table had before ignored columns, measure names, daily means and period patterns. */
    public TableLayout(String headerStartsWith, String footerStartsWith, String layout, String periodHeader,
                       String periodColumn, String valueColumn, String flagColumn, String keySeparator,
                       String measureHeader, String monthNames, String monthColumn, Boolean labelledCodes,
                       Integer bandRowsAbove, String footnoteMarks) {
        this(headerStartsWith, footerStartsWith, layout, periodHeader, periodColumn, valueColumn, flagColumn,
                keySeparator, measureHeader, monthNames, monthColumn, labelledCodes, bandRowsAbove, footnoteMarks,
                null, null, null, null, null, null, null);
    }

    /**
     * Days averaged into longer periods: {@code into} lists {@code M} (calendar months) and {@code A} (years);
     * {@code decimals} rounds each mean half up (none: the exact mean to sixteen digits).
     */
    public record DailyMeans(List<String> into, Integer decimals) {
        public DailyMeans {
            into = into == null ? List.of("M", "A") : List.copyOf(into);
        }
    }

    /**
     * Daily counts summed into longer periods: {@code into} lists {@code M} (calendar months, the default) and
     * {@code A} (years); {@code reportColumn} names the column giving the date of the report each row comes from,
     * where one day is given again in later reports (onData's table of the Viminale's landings).
     */
    public record DailySums(List<String> into, String reportColumn) {
        public DailySums {
            into = into == null ? List.of("M") : List.copyOf(into);
        }
    }

    public boolean wide() {
        return "wide".equals(layout);
    }
}
