package org.rives.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rives.store.Change;
import org.rives.store.RevisionQueries;
import org.rives.store.Vintage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/revisions}: every vintage of one figure; {@code GET /api/changes}: what loads since a
 * date added, revised or withdrew, as the follow-up committee asks before each meeting.
 */
@RestController
class RevisionsController {

    private static final int MAX_CHANGES = 100_000;

    private final RevisionQueries queries;

    RevisionsController(RevisionQueries queries) {
        this.queries = queries;
    }

    /** {@code withdrawnBy}: the loads that removed the figure without giving a new value. */
    record Revisions(String indicator, String area, String period, Instant asOf, List<Vintage> vintages,
                     List<Integer> withdrawnBy) {
    }

    record Changes(Instant since, Instant until, Map<Change.Kind, Integer> counts, List<Change> changes,
                   boolean truncated) {
    }

    @GetMapping("/api/revisions")
    ResponseEntity<?> revisions(@RequestParam String indicator,
                                @RequestParam String area,
                                @RequestParam String period,
                                @RequestParam(required = false) String partner,
                                @RequestParam(required = false) String source,
                                @RequestParam(defaultValue = "_T") String sex,
                                @RequestParam(defaultValue = "_T") String age,
                                @RequestParam(defaultValue = "_T") String breakdown,
                                @RequestParam(required = false) String asOf,
                                @RequestParam(required = false) String format,
                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Instant at = Params.asOf(asOf);
        List<Vintage> vintages = queries.vintages(new RevisionQueries.Figure(indicator, area, period,
                partner == null ? "_T" : partner, source, sex, age, breakdown), at);
        if (CsvOutput.wanted(format, accept)) {
            return CsvOutput.response(List.of("source", "indicator", "area", "partner", "period", "value", "unit",
                    "unit_mult", "status", "load_id", "loaded_at", "file", "superseded_by", "superseded_at"),
                    vintages.stream().map(v -> List.<Object>of(v.source(), v.indicator(), v.refArea(),
                            v.counterpartArea(), v.timePeriod(), Numbers.plain(v.value()).toPlainString(), v.unit(),
                            v.unitMult(), v.status(), v.loadId(), text(v.loadedAt()), text(v.fileName()),
                            text(v.supersededBy()), text(v.supersededAt()))).toList(),
                    "rives-revisions-" + indicator + "-" + area + "-" + period + ".csv");
        }
        return ResponseEntity.ok(new Revisions(indicator, area, period, at, vintages, withdrawnBy(vintages)));
    }

    /** Loads that superseded a vintage without bringing a new value for the same series. */
    private static List<Integer> withdrawnBy(List<Vintage> vintages) {
        List<Integer> withdrawnBy = new ArrayList<>();
        for (Vintage v : vintages) {
            boolean replaced = vintages.stream().anyMatch(o -> v.supersededBy() != null
                    && o.loadId() == v.supersededBy() && sameSeries(o, v));
            if (v.supersededBy() != null && !replaced) {
                withdrawnBy.add(v.supersededBy());
            }
        }
        return withdrawnBy;
    }

    @GetMapping("/api/changes")
    ResponseEntity<?> changes(@RequestParam String since,
                              @RequestParam(required = false) String asOf,
                              @RequestParam(required = false) String indicator,
                              @RequestParam(required = false) String source,
                              @RequestParam(required = false) String format,
                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Instant from = since(since);
        Instant until = Params.asOf(asOf);
        List<Change> changes = queries.changes(from, until, indicator, source, MAX_CHANGES + 1);
        boolean truncated = changes.size() > MAX_CHANGES;
        List<Change> shown = truncated ? changes.subList(0, MAX_CHANGES) : changes;
        if (CsvOutput.wanted(format, accept)) {
            return CsvOutput.response(List.of("kind", "source", "indicator", "area", "partner", "sex", "age",
                    "breakdown", "freq", "period", "value", "previous", "unit", "unit_mult", "status", "load_id",
                    "loaded_at"), shown.stream().map(c -> List.<Object>of(c.kind().name().toLowerCase(), c.source(),
                    c.indicator(), c.refArea(), c.counterpartArea(), c.sex(), c.age(), c.breakdown(), c.freq(),
                    c.timePeriod(), number(c.value()), number(c.previous()), c.unit(), c.unitMult(), c.status(),
                    c.loadId(), text(c.loadedAt()))).toList(), "rives-changes-since-" + since + ".csv");
        }
        Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
        for (Change.Kind kind : Change.Kind.values()) {
            counts.put(kind, 0);
        }
        shown.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return ResponseEntity.ok(new Changes(from, until, counts, shown, truncated));
    }

    private static boolean sameSeries(Vintage a, Vintage b) {
        return a.source().equals(b.source()) && a.counterpartArea().equals(b.counterpartArea())
                && a.sex().equals(b.sex()) && a.age().equals(b.age()) && a.breakdown().equals(b.breakdown())
                && a.freq().equals(b.freq());
    }

    /** {@code since} as an instant: a date means the start of that day (UTC), so the day itself is included. */
    static Instant since(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be a date (2026-03-01) or an instant "
                    + "(2026-03-01T00:00:00Z)");
        }
    }

    private static String number(Double value) {
        return value == null ? "" : Numbers.plain(value).toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
