package org.rives.harmonise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What reading and harmonising one file found: counts, the rejections (each with file, line, column,
 * reason) and warnings for the connector's author.
 *
 * <p>A report's size is bounded whatever the file: the first {@value #MAX_LISTED} rejections and
 * {@value #MAX_WARNINGS} warnings are listed, each cut at {@value #MAX_TEXT} characters (cells are
 * already quoted short by the readers), and the rest are counted by kind, each kind with its first
 * example ({@code 12,345 more rejections not listed, like t.csv:7:3: "x" is not a number}), at most
 * {@value ReportTally#MAX_KINDS} kinds. A report is so at most about 600 KB, even for a file that is
 * nothing but errors.
 */
public final class ValidationReport {

    public static final int MAX_LISTED = 1000;
    public static final int MAX_WARNINGS = 100;
    /** Characters of one reason or warning. */
    public static final int MAX_TEXT = 500;

    private final String file;
    private long rowsRead;
    private long cellsRead;
    private long observations;
    private long missingCells;
    private long excluded;
    private long filtered;
    private long rejectedCount;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final ReportTally unlistedRejections = new ReportTally();
    private final ReportTally unlistedWarnings = new ReportTally();

    public ValidationReport(String file) {
        this.file = file;
    }

    public void reject(long line, int column, String reason) {
        rejectedCount++;
        Rejection rejection = new Rejection(file, line, column, bounded(reason));
        if (rejections.size() < MAX_LISTED) {
            rejections.add(rejection);
        } else {
            unlistedRejections.count(rejection.reason(), rejection.toString());
        }
    }

    public void warn(String warning) {
        String text = bounded(warning);
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(text);
        } else {
            unlistedWarnings.count(text, text);
        }
    }

    /** A text cut to {@link #MAX_TEXT} characters, saying how long it was. */
    static String bounded(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT) + "\u2026 (" + String.format(Locale.ROOT, "%,d", text.length())
                + " characters)";
    }

    void rowRead() {
        rowsRead++;
    }

    void cellRead() {
        cellsRead++;
    }

    void observation() {
        observations++;
    }

    void missing() {
        missingCells++;
    }

    void exclude() {
        excluded++;
    }

    void filter() {
        filtered++;
    }

    /**
     * Observations found to be duplicates after staging are no longer counted as loadable. Both places
     * are given whole, so that two figures on one line (a JSON response, a row with a period twice) are
     * told apart by their columns.
     */
    public void duplicate(long line, int column, long firstLine, int firstColumn, String key) {
        String first = firstLine == line ? "column " + firstColumn + " of the same line"
                : "line " + firstLine + ", column " + firstColumn;
        reject(line, column, "duplicate observation " + key + ", first given at " + first);
    }

    public String file() {
        return file;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long cellsRead() {
        return cellsRead;
    }

    public long observations() {
        return observations;
    }

    public long missingCells() {
        return missingCells;
    }

    public long excluded() {
        return excluded;
    }

    public long filtered() {
        return filtered;
    }

    public long rejectedCount() {
        return rejectedCount;
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** The warnings listed, then what was not listed, counted by kind. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(unlistedRejections.summary("rejections"));
        all.addAll(unlistedWarnings.summary("warnings"));
        return List.copyOf(all);
    }
}
