package org.rives.api;

import java.util.List;
import java.util.function.Consumer;

/**
 * How one kind of answer is written as a CSV file: its name, its header and its rows. The answer is the
 * same record the JSON is written from; content negotiation picks which of the two the caller gets.
 */
interface CsvForm<T> {

    Class<T> type();

    String fileName(T answer);

    List<String> columns(T answer);

    /**
     * How the file is spelt for the spreadsheet that opens it: RFC 4180 by default; a form may follow the
     * answer's language (a French Excel expects {@code ;} and a decimal comma, and every Excel a byte-order
     * mark to read UTF-8).
     */
    default CsvDialect dialect(T answer) {
        return CsvDialect.RFC_4180;
    }

    /** Hands each row, in the order of {@link #columns}, to {@code row}; values are written as their text. */
    void rows(T answer, Consumer<List<?>> row);
}
