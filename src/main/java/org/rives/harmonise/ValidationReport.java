package org.rives.harmonise;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading and harmonising one file found: counts, the rejections (each with file, line, column,
 * reason; the first {@value #MAX_LISTED} listed, all counted) and warnings for the connector's author.
 */
public final class ValidationReport {

    public static final int MAX_LISTED = 1000;

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

    public ValidationReport(String file) {
        this.file = file;
    }

    public void reject(long line, int column, String reason) {
        rejectedCount++;
        if (rejections.size() < MAX_LISTED) {
            rejections.add(new Rejection(file, line, column, reason));
        }
    }

    public void warn(String warning) {
        warnings.add(warning);
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

    /** Observations found to be duplicates after staging are no longer counted as loadable. */
    public void duplicate(long line, long firstLine, String key) {
        reject(line, 0, "duplicate observation " + key + ", first given at line " + firstLine);
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

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
