package org.rives.api;

import java.util.ArrayList;
import java.util.List;

import org.rives.harmonise.Catalogue;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationQueries;
import org.rives.store.ObservationRow;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/observations}: the harmonised long table, filtered and paged, JSON or CSV. */
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
    private final Catalogue catalogue;

    ObservationsController(ObservationQueries queries, Catalogue catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/observations")
    ResponseEntity<?> observations(@RequestParam(required = false) String indicator,
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
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "100") int size,
                                   @RequestParam(required = false) String format,
                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE);
        }
        List<String> areas = area == null ? List.of()
                : area.stream().flatMap(a -> java.util.Arrays.stream(a.split(","))).map(String::strip).map(this::areaCode).toList();
        ObservationFilter filter = new ObservationFilter(indicator, areas, partner == null ? null : areaCode(partner), sex, age, breakdown, freq, from, to,
                source, Params.asOf(asOf));
        List<Observation> items = queries.find(filter, (long) page * size, size).stream().map(Observation::of).toList();
        if (SdmxCsv.wanted(format, accept)) {
            return SdmxCsv.response(items);
        }
        if (CsvOutput.wanted(format, accept)) {
            return csv(items);
        }
        return ResponseEntity.ok(new Page(queries.count(filter), page, size, items));
    }

    /** Any spelling the catalogue knows (ES, ESP, 724, Espagne) reads as the area code. */
    private String areaCode(String spelling) {
        return catalogue.resolveArea(spelling).orElse(spelling);
    }

    private static ResponseEntity<String> csv(List<Observation> items) {
        List<String> columns = List.of("source", "indicator", "ref_area", "counterpart_area", "sex", "age", "breakdown",
                "freq", "time_period", "obs_value", "unit", "unit_mult", "obs_status", "obs_flags", "load_id",
                "superseded_by", "src_line");
        List<List<Object>> rows = new ArrayList<>();
        for (Observation o : items) {
            rows.add(java.util.Arrays.asList(o.source(), o.indicator(), o.refArea(), o.counterpartArea(), o.sex(),
                    o.age(), o.breakdown(), o.freq(), o.timePeriod(), o.value().toPlainString(), o.unit(),
                    o.unitMult(), o.status(), o.flags() == null ? "" : o.flags(), o.loadId(),
                    o.supersededBy() == null ? "" : o.supersededBy(), o.line()));
        }
        return CsvOutput.response(columns, rows, "rives-observations.csv");
    }
}
