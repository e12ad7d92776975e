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

    /** Hands each row, in the order of {@link #columns}, to {@code row}; values are written as their text. */
    void rows(T answer, Consumer<List<?>> row);
}
