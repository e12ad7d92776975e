package org.rives.connector.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Worksheet;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.table.TableLayout;

/**
 * Run in a JVM of its own with a small heap by {@link XlsxFeedReaderContractTest}: reads a sheet whose
 * cells, held, would not fit that heap, and prints how many observations it saw.
 */
public final class LargeSheetProbe {

    static final String HEAP = "24m";
    static final int ROWS = 80_000;
    static final int YEARS = 12;
    static final long CELLS = (long) ROWS * YEARS;

    private LargeSheetProbe() {
    }

    /** The sheet: a header, then one row per area code with a figure for each year. */
    static void fill(Worksheet sheet) {
        sheet.value(0, 0, "Area");
        for (int y = 0; y < YEARS; y++) {
            sheet.value(0, y + 1, String.valueOf(2000 + y));
        }
        for (int r = 1; r <= ROWS; r++) {
            sheet.value(r, 0, r);
            for (int y = 0; y < YEARS; y++) {
                sheet.value(r, y + 1, r * 10.5 + y);
            }
            if (r % 1000 == 0) {
                flush(sheet);
            }
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        TableLayout wide = new TableLayout(null, null, "wide", "(\\d{4})", null, null, null, null, null, null, null,
                null, null, null);
        ConnectorDefinition definition = new ConnectorDefinition("probe", "probe", "xlsx", null, List.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), List.of(), null,
                new XlsxOptions(null, wide, CellConventions.DEFAULTS), null);
        long[] observations = new long[1];
        ObservationSink counting = new ObservationSink() {
            private final SeriesHandle handle = new SeriesHandle() { };

            @Override
            public void columns(String[] names, int[] positions, CellConventions cells) {
            }

            @Override
            public SeriesHandle series(String[] dimensions) {
                return handle;
            }

            @Override
            public void observation(SeriesHandle series, long line, int column, String period, String cell,
                                    String flagCell) {
                observations[0]++;
            }

            @Override
            public void reject(long line, int column, String reason) {
                throw new IllegalStateException(line + ":" + column + " " + reason);
            }

            @Override
            public void rowRead() {
            }
        };
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            new XlsxFeedReader().read(in, "large.xlsx", definition, counting);
        }
        System.out.println("observations " + observations[0]);
    }
}
