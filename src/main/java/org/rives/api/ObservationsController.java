package org.rives.api;

import java.util.List;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;

import org.rives.compare.Numbers;
import org.rives.compare.ObservationParameters;
import org.rives.compare.Parameters;
import org.rives.compare.Values;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationQueries;
import org.rives.store.ObservationRow;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * {@code GET /api/observations}: the harmonised long table, filtered and paged, as JSON, CSV or SDMX-CSV.
 * Every answer states the total ({@code X-Total-Count}) and links its neighbouring pages ({@code Link});
 * {@code size=all} streams every matching row, so a script reading one URL never gets part of the data
 * without knowing it.
 */
@RestController
class ObservationsController {

    static final int MAX_PAGE = 10_000;
    static final String ALL = "all";

    /**
     * One page of observations; with {@code size=all}, every matching one (then {@code size} is the total).
     * The items are written as they are read, so that a whole table never sits in memory.
     */
    record Page(long total, int page, long size,
                @ArraySchema(schema = @Schema(implementation = Observation.class)) Items items) {
    }

    /** A page's observations, handed to whoever writes them (the JSON or CSV converter). */
    @JsonSerialize(using = Items.Json.class)
    static final class Items {
        private final Consumer<Consumer<Observation>> reader;

        Items(Consumer<Consumer<Observation>> reader) {
            this.reader = reader;
        }

        void forEach(Consumer<Observation> each) {
            reader.accept(each);
        }

        static final class Json extends ValueSerializer<Items> {
            @Override
            public void serialize(Items items, JsonGenerator json, SerializationContext context) {
                json.writeStartArray();
                items.forEach(observation -> context.writeValue(json, observation));
                json.writeEndArray();
            }
        }
    }

    /** An observation as the API gives it. */
    record Observation(String source, String indicator, String refArea, String counterpartArea, String sex, String age,
                       String breakdown, String freq, String timePeriod, java.math.BigDecimal value, String unit,
                       int unitMult, String status, String flags, int loadId, Integer supersededBy, long line) {
        static Observation of(ObservationRow r) {
            return new Observation(r.source(), r.indicator(), r.refArea(), r.counterpartArea(), r.sex(), r.age(),
                    r.breakdown(), r.freq(), r.timePeriod(), Numbers.plain(r.value()), r.unit(), r.unitMult(),
                    r.status(), r.flags(), r.loadId(), r.supersededBy(), r.line());
        }
    }

    private final ObservationQueries queries;
    private final Parameters parameters;

    ObservationsController(ObservationQueries queries, Parameters parameters) {
        this.queries = queries;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/observations", produces = {MediaType.APPLICATION_JSON_VALUE, Formats.CSV,
            Formats.SDMX_CSV})
    Page observations(@RequestParam(required = false) String indicator,
                      @RequestParam(required = false) List<String> area,
                      @RequestParam(required = false) String partner,
                      @RequestParam(required = false) String sex,
                      @RequestParam(required = false) String age,
                      @RequestParam(required = false) String breakdown,
                      @RequestParam(required = false) String freq,
                      @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to,
                      @RequestParam(required = false) String source,
                      @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) String page,
                      @RequestParam(required = false) String size,
                      HttpServletResponse response) {
        boolean all = ALL.equals(size == null ? null : size.strip());
        int pageNumber = Values.wholeNumber("page", page, 0, 0, all ? 0 : Integer.MAX_VALUE);
        int pageSize = all ? MAX_PAGE : Values.wholeNumber("size", size, 100, 1, MAX_PAGE);
        ObservationFilter filter = new ObservationParameters(indicator, area, partner, sex, age, breakdown, freq, from,
                to, source, asOf).filter(parameters);
        long total = queries.count(filter);
        if (all) {
            PageLinks.writeAll(response, total);
            return new Page(total, 0, total, new Items(each -> queries.forEach(filter, row -> each.accept(
                    Observation.of(row)))));
        }
        PageLinks.write(response, total, pageNumber, pageSize);
        List<Observation> items = queries.find(filter, (long) pageNumber * pageSize, pageSize).stream()
                .map(Observation::of).toList();
        return new Page(total, pageNumber, pageSize, new Items(items::forEach));
    }
}
