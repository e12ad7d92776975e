package org.rives.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Harmoniser;
import org.rives.harmonise.Indicator;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationQueries;
import org.rives.store.ObservationRow;
import org.springframework.stereotype.Service;

/** Builds comparable tables: both shores side by side for one indicator, source precedence applied. */
@Service
class CompareService {

    /** What a caller asks to compare. */
    record Request(String indicator, String areas, String partner, String freq, String from, String to, String source,
                   Instant asOf, String language) {
    }

    private final Catalogue catalogue;
    private final ObservationQueries queries;
    private final ConnectorRegistry connectors;

    CompareService(Catalogue catalogue, ObservationQueries queries, ConnectorRegistry connectors) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.connectors = connectors;
    }

    CompareTable compare(Request request) {
        Indicator indicator = catalogue.indicator(request.indicator()).orElseThrow(() ->
                new IllegalArgumentException("unknown indicator \"" + request.indicator() + "\"; see /api/catalogue"));
        List<Area> areas = areas(request.areas());
        List<String> codes = areas.stream().map(Area::code).toList();
        ObservationFilter filter = new ObservationFilter(indicator.code(), codes, request.partner(), Harmoniser.TOTAL,
                Harmoniser.TOTAL, Harmoniser.TOTAL, request.freq(), request.from(), request.to(), request.source(),
                request.asOf());
        String partner = partner(filter);
        filter = new ObservationFilter(filter.indicator(), codes, partner, filter.sex(), filter.age(),
                filter.breakdown(), filter.freq(), filter.from(), filter.to(), filter.source(), filter.asOf());
        List<ObservationRow> rows = queries.find(filter, 0, Integer.MAX_VALUE);
        Set<String> periods = new TreeSet<>();
        Map<String, Map<String, List<ObservationRow>>> byAreaPeriod = new LinkedHashMap<>();
        Set<String> sources = new LinkedHashSet<>();
        for (ObservationRow row : rows) {
            periods.add(row.timePeriod());
            sources.add(row.source());
            byAreaPeriod.computeIfAbsent(row.refArea(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(row.timePeriod(), p -> new ArrayList<>()).add(row);
        }
        Comparator<ObservationRow> precedence = precedence(indicator);
        List<CompareTable.Group> groups = new ArrayList<>();
        for (String shore : List.of("N", "S", "")) {
            List<CompareTable.Row> groupRows = new ArrayList<>();
            for (Area area : areas) {
                if (shore.equals(area.shore() == null ? "" : area.shore())) {
                    groupRows.add(row(area, periods, byAreaPeriod.getOrDefault(area.code(), Map.of()), precedence,
                            request.language()));
                }
            }
            if (!groupRows.isEmpty()) {
                String group = switch (shore) {
                    case "N" -> Catalogue.NORTH;
                    case "S" -> Catalogue.SOUTH;
                    default -> "OTHER";
                };
                String label = catalogue.area(group).map(a -> a.name(request.language())).orElse("Other areas");
                groups.add(new CompareTable.Group(group, label, groupRows));
            }
        }
        return new CompareTable(info(indicator, request.language()), request.freq(), partner, request.asOf(),
                List.copyOf(periods), groups, sources(sources));
    }

    private List<Area> areas(String spec) {
        List<Area> areas = new ArrayList<>();
        for (String code : spec.split(",")) {
            String trimmed = code.strip();
            List<Area> expanded = catalogue.expand(catalogue.resolveArea(trimmed).orElse(trimmed));
            if (expanded.isEmpty()) {
                throw new IllegalArgumentException("unknown area \"" + trimmed + "\"");
            }
            expanded.stream().filter(a -> !areas.contains(a)).forEach(areas::add);
        }
        return areas;
    }

    /** The partner asked for; else the total; else the only partner there is. */
    private String partner(ObservationFilter filter) {
        if (filter.partner() != null) {
            return filter.partner();
        }
        List<String> partners = queries.partners(filter);
        if (partners.isEmpty() || partners.contains(Harmoniser.TOTAL)) {
            return Harmoniser.TOTAL;
        }
        if (partners.size() == 1) {
            return partners.get(0);
        }
        throw new IllegalArgumentException("this indicator is broken down by partner; choose one with partner= among "
                + String.join(", ", partners));
    }

    private Comparator<ObservationRow> precedence(Indicator indicator) {
        List<String> order = indicator.precedence();
        return Comparator.<ObservationRow>comparingInt(row -> {
            int rank = order.indexOf(row.source());
            return rank < 0 ? Integer.MAX_VALUE : rank;
        }).thenComparing(ObservationRow::source);
    }

    private CompareTable.Row row(Area area, Set<String> periods, Map<String, List<ObservationRow>> byPeriod,
                                 Comparator<ObservationRow> precedence, String language) {
        Map<String, CompareTable.Cell> cells = new LinkedHashMap<>();
        for (String period : periods) {
            List<ObservationRow> candidates = new ArrayList<>(byPeriod.getOrDefault(period, List.of()));
            if (candidates.isEmpty()) {
                cells.put(period, null);
                continue;
            }
            candidates.sort(precedence);
            ObservationRow headline = candidates.get(0);
            List<CompareTable.Alternative> alternatives = candidates.subList(1, candidates.size()).stream()
                    .map(r -> new CompareTable.Alternative(r.source(), Numbers.plain(r.value()), r.unit(), r.unitMult(),
                            r.status()))
                    .toList();
            cells.put(period, new CompareTable.Cell(Numbers.plain(headline.value()), headline.unit(),
                    headline.unitMult(), headline.status(), headline.flags(), headline.source(), headline.loadId(),
                    alternatives));
        }
        return new CompareTable.Row(area.code(), area.name(language), cells);
    }

    private CompareTable.IndicatorInfo info(Indicator indicator, String language) {
        return new CompareTable.IndicatorInfo(indicator.code(), indicator.label(language), indicator.axis(),
                indicator.sdg(), indicator.unit(),
                indicator.definitions().getOrDefault(language, indicator.definitions().get("en")));
    }

    private List<CompareTable.SourceInfo> sources(Set<String> ids) {
        return ids.stream().map(id -> connectors.find(id).map(d -> new CompareTable.SourceInfo(id,
                d.provenance().publisher(), d.provenance().dataset(), d.provenance().licence(), d.provenance().url()))
                .orElse(new CompareTable.SourceInfo(id, null, null, null, null))).toList();
    }
}
