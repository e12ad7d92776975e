package org.rives.connector.inetempus;

import static org.rives.connector.json.JsonFeed.cellText;
import static org.rives.connector.json.JsonFeed.column;
import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.line;
import static org.rives.connector.json.JsonFeed.next;
import static org.rives.connector.json.JsonFeed.scalarText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rives.connector.FeedFormatException;
import org.rives.connector.ObservationSink;
import org.rives.connector.SeriesHandle;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the series of one answer, one object at a time, into one reused key. A series' data points go to the
 * sink as soon as its key is complete (its three series fields and its {@code MetaData} read); points read
 * before that are held until the series ends, never longer.
 */
final class TempusSeries {

    /** One data point: where its value sits, its period (null when unreadable, with the reason) and cells. */
    private record Point(long line, int column, String period, String problem, String value, String flag) {
    }

    private static final int FIELDS = TempusFeedReader.SERIES_FIELDS.size();

    private final List<String> columns;
    private final ObservationSink sink;
    private final String[] key;
    private final List<Point> held = new ArrayList<>();
    private int fieldsRead;
    private boolean described;
    private boolean rejected;
    private SeriesHandle handle;

    TempusSeries(List<String> columns, ObservationSink sink) {
        this.columns = columns;
        this.sink = sink;
        this.key = new String[columns.size()];
    }

    /** Called on the series' START_OBJECT; returns on its END_OBJECT. */
    void read(JsonParser parser) throws FeedFormatException {
        sink.rowRead();
        Arrays.fill(key, "");
        held.clear();
        fieldsRead = 0;
        described = false;
        rejected = false;
        handle = null;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            switch (name) {
                case "MetaData" -> metaData(parser);
                case "Data" -> data(parser);
                default -> field(parser, name, token);
            }
        }
        if (!rejected) {
            held.forEach(this::emit);
        }
    }

    private void field(JsonParser parser, String name, JsonToken token) throws FeedFormatException {
        if (!token.isScalarValue()) {
            parser.skipChildren();
            return;
        }
        int index = TempusFeedReader.SERIES_FIELDS.indexOf(name);
        if (index >= 0) {
            String text = scalarText(parser);
            key[index] = text == null ? "" : text.strip();
            fieldsRead |= 1 << index;
        }
    }

    private void metaData(JsonParser parser) throws FeedFormatException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            described = true;
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(parser, "MetaData should be an array of variables");
        }
        while (next(parser) == JsonToken.START_OBJECT) {
            variable(parser);
        }
        described = true;
    }

    /** One {@code {"Id", "T3_Variable", "Nombre", "Codigo"}} entry: the series' value of that variable. */
    private void variable(JsonParser parser) throws FeedFormatException {
        long line = line(parser);
        int column = column(parser);
        String variable = null;
        String value = "";
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if (!token.isScalarValue()) {
                parser.skipChildren();
            } else if ("T3_Variable".equals(name)) {
                variable = scalarText(parser);
            } else if ("Nombre".equals(name)) {
                String text = scalarText(parser);
                value = text == null ? "" : text.strip();
            }
        }
        int index = variable == null ? -1 : columns.indexOf(variable.strip());
        if (index < FIELDS) {
            reject(line, column, "has variable \"" + variable + "\" (" + value + "), which ine-tempus.variables "
                    + "does not list");
        } else if (!key[index].isEmpty()) {
            reject(line, column, "gives variable \"" + variable + "\" twice");
        } else {
            key[index] = value;
        }
    }

    private void data(JsonParser parser) throws FeedFormatException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(parser, "Data should be an array of data points");
        }
        while (next(parser) == JsonToken.START_OBJECT) {
            Point point = point(parser);
            if (rejected) {
                continue;
            }
            if (described && fieldsRead == (1 << FIELDS) - 1) {
                emit(point);
            } else {
                held.add(point);
            }
        }
    }

    private Point point(JsonParser parser) throws FeedFormatException {
        long line = line(parser);
        int column = column(parser);
        String year = null;
        String periodCode = null;
        String value = "";
        String flag = null;
        while (next(parser) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = next(parser);
            if (!token.isScalarValue()) {
                parser.skipChildren();
                continue;
            }
            switch (name) {
                case "Anyo" -> year = scalarText(parser);
                case "T3_Periodo" -> periodCode = scalarText(parser);
                case "T3_TipoDato" -> flag = scalarText(parser);
                case "Valor" -> {
                    value = cellText(parser);
                    line = line(parser);
                    column = column(parser);
                }
                default -> {
                    // Fecha, FK_* ids, Secreto: the period comes from Anyo and T3_Periodo
                }
            }
        }
        String period = TempusPeriods.period(year, periodCode);
        return new Point(line, column, period, period == null ? TempusPeriods.problem(year, periodCode) : null,
                value, flag);
    }

    private void emit(Point point) {
        if (point.period() == null) {
            sink.reject(point.line(), point.column(), point.problem());
            return;
        }
        if (handle == null) {
            handle = sink.series(key);
        }
        sink.observation(handle, point.line(), point.column(), point.period(), point.value(), point.flag());
    }

    private void reject(long line, int column, String reason) {
        String code = key[0].isEmpty() ? "a series" : "series " + key[0];
        sink.reject(line, column, code + " " + reason);
        rejected = true;
        held.clear();
    }
}
