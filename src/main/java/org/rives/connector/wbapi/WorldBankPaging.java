package org.rives.connector.wbapi;

import org.rives.connector.ObservationSink;

/**
 * Checks that a file holds whole API responses. The API splits a query into pages of {@code per_page}
 * rows; a file may hold one response or several concatenated (page 1, 2, ... of one query, then
 * perhaps another query starting again at page 1). Loading only some pages would make a new vintage
 * that silently withdraws every figure on the missing pages, so a missing page or a row count that
 * differs from {@code total} rejects the file.
 */
final class WorldBankPaging {

    private final ObservationSink sink;
    private long page;
    private long pages;
    private long total;
    private long rows;
    private long startLine;

    WorldBankPaging(ObservationSink sink) {
        this.sink = sink;
    }

    /** One response read: its page information and the number of rows it held. */
    void response(long pageNumber, long pageCount, long declaredTotal, long rowCount, long line) {
        if (pageNumber <= 1 || pageNumber != page + 1) {
            finishQuery();
            startLine = line;
            if (pageNumber > 1) {
                sink.reject(line, 1, "the file starts a query at page " + pageNumber + " of " + pageCount
                        + "; pages 1 to " + (pageNumber - 1) + " are missing");
            }
            rows = 0;
        }
        page = pageNumber;
        pages = pageCount;
        total = declaredTotal;
        rows += rowCount;
    }

    /** Called after the last response of the file. */
    void finishQuery() {
        if (page == 0 && pages == 0) {
            return;
        }
        if (page < pages) {
            sink.reject(startLine, 1, "the file holds pages 1 to " + page + " of " + pages
                    + "; download all pages (or one page with per_page at least " + total + ")");
        } else if (total >= 0 && rows != total) {
            sink.reject(startLine, 1, "the response announces " + total + " rows but holds " + rows);
        }
        page = 0;
        pages = 0;
    }
}
