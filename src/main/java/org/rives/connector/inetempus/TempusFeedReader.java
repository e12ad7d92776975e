package org.rives.connector.inetempus;

import static org.rives.connector.json.JsonFeed.error;
import static org.rives.connector.json.JsonFeed.next;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;
import org.rives.connector.OptionsSchema;
import org.rives.connector.ReaderOptions;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.json.JsonFeed;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * INE Spain's Tempus3 API in JSON, as {@code wstempus/js/ES/DATOS_TABLA/<table>?tip=AM} answers: an array of
 * series, each {@code {"COD", "Nombre", "T3_Unidad", "T3_Escala", "MetaData": [...], "Data": [...]}}.
 *
 * <p>Keys come from each series' own {@code MetaData} ({@code T3_Variable} to {@code Nombre}), never from
 * positions or from the joined {@code Nombre}: series of one table may carry different variables. The sink
 * gets the columns {@code COD}, {@code T3_Unidad}, {@code T3_Escala} and then the connector's
 * {@link TempusOptions#variables}. Each data point gives its period from {@code Anyo} and {@code T3_Periodo}
 * ({@code A}: the year; {@code M01}..{@code M12}: a month; {@code T1}..{@code T4}: a quarter), its value from
 * {@code Valor} (null is no value) and its flag cell from {@code T3_TipoDato} ({@code Definitivo},
 * {@code Provisional}...). One series is one row of the report.
 *
 * <p>Streams series by series: a series' points go to the sink as they are read once its key is known; only
 * a series that gives its {@code Data} before its {@code MetaData} is held, and only until it ends.
 */
public final class TempusFeedReader implements FeedReader {

    /** Series fields passed as dimensions, before the table's variables. */
    static final List<String> SERIES_FIELDS = List.of("COD", "T3_Unidad", "T3_Escala");

    @Override
    public String format() {
        return "ine-tempus";
    }

    @Override
    public Optional<JsonNode> optionsSchema() {
        return Optional.of(OptionsSchema.resource("/org/rives/connector/inetempus/ine-tempus.schema.json"));
    }

    @Override
    public boolean optionsRequired() {
        return true;
    }

    @Override
    public ReaderOptions parseOptions(JsonNode block) {
        TempusOptions options = OptionsSchema.readPart(block, TempusOptions.class);
        options.variables().stream().filter(SERIES_FIELDS::contains).findFirst().ifPresent(clash -> {
            throw new IllegalArgumentException("ine-tempus.variables: \"" + clash + "\" is a series field, "
                    + "passed as a dimension already");
        });
        return options;
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return Map.of(
                "ine-tempus:own-variables", "each series' key is built from its own MetaData (T3_Variable to Nombre), "
                        + "so series carrying different variables are told apart",
                "ine-tempus:friendly-periods", "the period comes from Anyo and T3_Periodo (A, M01..M12, T1..T4), "
                        + "not from Fecha, whose time and offset belong to the publisher's clock",
                "ine-tempus:any-order", "series and data points may come in any order (newest year first)",
                JsonFeed.NULL_VALUE, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.NULL_VALUE),
                JsonFeed.POSITIONS, JsonFeed.QUIRK_HANDLERS.get(JsonFeed.POSITIONS));
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        List<String> columns = new ArrayList<>(SERIES_FIELDS);
        columns.addAll(definition.options(TempusOptions.class).variables());
        try (JsonParser parser = JsonFeed.open(input)) {
            sink.columns(columns.toArray(String[]::new), new int[columns.size()], CellConventions.DEFAULTS);
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new FeedFormatException(0, 0, "the file is empty");
            }
            if (token != JsonToken.START_ARRAY) {
                throw error(parser, "a Tempus DATOS_TABLA answer is an array of series");
            }
            TempusSeries series = new TempusSeries(columns, sink);
            while (next(parser) == JsonToken.START_OBJECT) {
                series.read(parser);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw error(parser, "each series should be an object");
            }
            if (parser.nextToken() != null) {
                throw error(parser, "the answer goes on after its array of series");
            }
        } catch (JacksonException e) {
            throw JsonFeed.translate(e);
        }
    }
}
