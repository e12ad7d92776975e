package org.rives.api;

import java.util.List;

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

/** {@code GET /api/observations}: the harmonised long table, filtered and paged, as JSON, CSV or SDMX-CSV. */
@RestController
class ObservationsController {

    static final int MAX_PAGE = 10_000;

    /** One page of observations. */
    record Page(long total, int page, int size, List<Observation> items) {
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
                      @RequestParam(required = false) String size) {
        int pageNumber = Values.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = Values.wholeNumber("size", size, 100, 1, MAX_PAGE);
        ObservationFilter filter = new ObservationParameters(indicator, area, partner, sex, age, breakdown, freq, from,
                to, source, asOf).filter(parameters);
        List<Observation> items = queries.find(filter, (long) pageNumber * pageSize, pageSize).stream()
                .map(Observation::of).toList();
        return new Page(queries.count(filter), pageNumber, pageSize, items);
    }
}
