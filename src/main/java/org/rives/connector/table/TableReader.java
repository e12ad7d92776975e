package org.rives.connector.table;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.ObservationSink;
import org.rives.connector.OptionsSchema;
import org.rives.connector.cell.CellConventions;

import tools.jackson.databind.JsonNode;

/**
 * The layout interpreter every tabular format shares: finds the header by content below any title
 * block, reads the band row above it, announces the columns, then turns each data row into
 * observations until the end or a footer. Rows of empty cells are skipped wherever they are. Every
 * header cell of a wide table is a period, a column the connector names, or reported as ignored; value
 * columns that repeat a key are refused at the header; a second header row inside the data stops the read.
 */
public final class TableReader {

    /** Quirk handlers of the layout, for the readers that use it to register. */
    public static final Map<String, String> QUIRK_HANDLERS = Map.of(
            "table:blank-rows", "rows of empty cells (lines of separators only, empty spreadsheet rows) are skipped",
            "table:trailing-empty-columns", "columns without a header and empty cells beyond the header are ignored",
            "table:cells-stripped", "spaces around header, dimension and period cells are dropped",
            "table:unused-columns", "columns that no rule names are read and ignored");

    /**
     * The options schema of a tabular format: its own keys (a fragment on the class path) with the shared
     * layout and value-cell keys.
     */
    public static JsonNode optionsSchema(String description, String ownFragment) {
        return OptionsSchema.merge(description, OptionsSchema.resource(ownFragment),
                OptionsSchema.resource(TableLayout.SCHEMA), OptionsSchema.resource(CellConventions.SCHEMA));
    }

    /** The quirk handlers of a tabular format: its tokeniser's and the layout's. */
    public static Map<String, String> quirkHandlers(Map<String, String> tokeniser) {
        Map<String, String> handlers = new HashMap<>(tokeniser);
        handlers.putAll(QUIRK_HANDLERS);
        return Map.copyOf(handlers);
    }

    private final TableLayout layout;
    private final CellConventions cells;
    private final String block;
    private final Set<String> named;
    private HeaderRepeat repeat;

    /**
     * @param block      the name of the options block these came from ({@code csv}), for messages that name
     *                   the option to fix
     * @param definition the connector, whose rules name the columns it reads: any other header cell of a wide
     *                   table is reported as ignored
     */
    public TableReader(TableLayout layout, CellConventions cells, String block, ConnectorDefinition definition) {
        this.layout = layout;
        this.cells = cells;
        this.block = block;
        this.named = UnmatchedColumns.named(definition, layout);
    }

    public void read(RowSource rows, ObservationSink reporting) throws IOException, FeedFormatException {
        TitlePeriod title = new TitlePeriod(layout.periodInTitle());
        TableHeader header = header(rows, title);
        String titlePeriod = title.period(rows.line(), block);
        DayAggregation days = DayAggregation.of(layout, header, rows.line(), block, named, reporting);
        ObservationSink sink = days == null ? reporting : days;
        sink.columns(header.dimensionNames(), header.dimensionPositions(), cells);
        announce(header, rows.line(), sink);
        int monthIndex = layout.monthColumn() == null ? -1
                : Arrays.asList(header.dimensionNames()).indexOf(layout.monthColumn());
        if (layout.monthColumn() != null && monthIndex < 0) {
            // every cell's period then stays a bare year and the report says why
            sink.reject(0, 0, block + ".monthColumn \"" + layout.monthColumn() + "\" is not a column of the file "
                    + "(columns: " + String.join(", ", header.dimensionNames()) + ")");
        }
        RowEmitter emitter = new RowEmitter(header, layout, months(), monthIndex, titlePeriod, sink);
        String footer = layout.footerStartsWith();
        while (rows.next()) {
            if (isBlank(rows)) {
                continue;
            }
            if (footer != null && firstCell(rows).startsWith(footer)) {
                break;
            }
            repeat.check(rows);
            emitter.emit(rows);
        }
        if (days != null) {
            days.finish();
        }
    }

    /** What the header tells the report: value columns refused for a repeated key, cells left unused. */
    private void announce(TableHeader header, long line, ObservationSink sink) {
        for (int i = 0; i < header.refusals().length; i++) {
            String refusal = header.refusals()[i];
            if (refusal != null && !refusal.isEmpty()) {
                sink.reject(line, header.valueColumns()[i] + 1, refusal);
            }
        }
        if (layout.wide()) {
            UnmatchedColumns.warnings(header, named, layout).forEach(sink::warn);
        }
    }

    private TableHeader header(RowSource rows, TitlePeriod title) throws IOException, FeedFormatException {
        TreeMap<Long, Map<Integer, String>> above = new TreeMap<>();
        while (rows.next()) {
            String first = firstCell(rows);
            if (first != null && (layout.headerStartsWith() == null || first.equals(layout.headerStartsWith()))) {
                repeat = new HeaderRepeat(rows, layout.keySeparator());
                return TableHeader.of(rows, bandRow(above, rows.line()), layout, block);
            }
            title.offer(first);
            if (layout.bandRowsAbove() != null) {
                above.put(rows.line(), nonEmpty(rows));
                above.headMap(rows.line() - layout.bandRowsAbove()).clear();
            }
        }
        throw rows.noHeader(layout.headerStartsWith());
    }

    private MonthNames months() {
        if (layout.monthNames() == null && layout.monthColumn() == null) {
            return null;
        }
        return MonthNames.of(layout.monthNames() == null ? "en" : layout.monthNames(), block);
    }

    private Map<Integer, String> bandRow(TreeMap<Long, Map<Integer, String>> above, long headerLine) {
        if (layout.bandRowsAbove() == null) {
            return null;
        }
        return above.getOrDefault(headerLine - layout.bandRowsAbove(), new TreeMap<>());
    }

    private static boolean isBlank(RowSource rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.text(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The first non-empty cell of the current row, stripped; null for a row of empty cells. */
    static String firstCell(RowSource rows) {
        for (int i = 0; i < rows.size(); i++) {
            String text = rows.text(i).strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    /** The period a title line above the header gives, when the layout takes it from there ({@code periodInTitle}). */
    private static final class TitlePeriod {
        private final String pattern;
        private final Pattern compiled;
        private String period;

        TitlePeriod(String pattern) {
            this.pattern = pattern;
            this.compiled = pattern == null ? null : Pattern.compile(pattern);
        }

        void offer(String firstCell) {
            if (compiled == null || firstCell == null || period != null) {
                return;
            }
            Matcher m = compiled.matcher(firstCell);
            if (m.matches()) {
                period = PeriodHeaders.period(m, firstCell, pattern);
            }
        }

        /** The period found, null when the layout takes none from the title; none found is an error. */
        String period(long headerLine, String block) throws FeedFormatException {
            if (pattern != null && period == null) {
                throw new FeedFormatException(headerLine, 1, "no title line above the header matches " + block
                        + ".periodInTitle " + pattern);
            }
            return period;
        }
    }

    private static Map<Integer, String> nonEmpty(RowSource rows) {
        Map<Integer, String> cells = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String text = rows.text(i).strip();
            if (!text.isEmpty()) {
                cells.put(i, text);
            }
        }
        return cells;
    }
}
