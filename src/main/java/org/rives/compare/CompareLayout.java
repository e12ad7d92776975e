package org.rives.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.Set;

import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Indicator;

/**
 * Lays cells out as the committee reads them: north shore, south shore, other areas (a publisher's
 * own aggregates among them, never summed with ours), a subtotal per shore and the 5+5 total, each
 * with its coverage, plus the notes and the controls the indicator supports.
 */
final class CompareLayout {

    private final Catalogue catalogue;
    private final CompareNotes notes;

    CompareLayout(Catalogue catalogue, CompareNotes notes) {
        this.catalogue = catalogue;
        this.notes = notes;
    }

    CompareTable table(Indicator indicator, List<Area> areas, Set<String> periods,
                       Map<String, Map<String, List<Figure>>> figures, CellBuilder cells,
                       CompareRequest request, String partner, List<CompareTable.SourceInfo> sources,
                       Withheld withheld, List<String> sumNotes) {
        IndicatorNotes indicatorNotes = notes.indicator(indicator.code());
        Map<String, Map<String, CellBuilder.Built>> built = cells(areas, periods, figures, cells);
        String language = request.language();
        List<CompareTable.Group> groups = groups(areas, periods, built, indicatorNotes, language);
        CompareTable.Total total = new CompareTable.Total(Catalogue.FIVE_PLUS_FIVE,
                catalogue.area(Catalogue.FIVE_PLUS_FIVE).map(a -> a.name(language)).orElse("5+5"),
                subtotals(Catalogue.FIVE_PLUS_FIVE, areas, periods, built, indicatorNotes, language));
        return new CompareTable(info(indicator, language), request.freq(), partner, request.asOf(),
                List.copyOf(periods), groups, sources, request.display(), total.subtotal() == null ? null : total,
                notes(indicatorNotes, sumNotes, language), options(indicator, sources),
                withheld, language);
    }

    /** The heading of areas on neither shore (routes, a publisher's aggregates), in the table's language. */
    static String otherAreas(String language) {
        return ResourceBundle.getBundle("org.rives.compare.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("group.OTHER");
    }

    /** The indicator's note, then the periods left without a computed total and why. */
    private static List<String> notes(IndicatorNotes indicatorNotes, List<String> sumNotes, String language) {
        List<String> all = new ArrayList<>();
        indicatorNotes.note(language).ifPresent(all::add);
        all.addAll(sumNotes);
        return List.copyOf(all);
    }

    /** Period → area → cell, for every area and period some source gives. */
    private static Map<String, Map<String, CellBuilder.Built>> cells(List<Area> areas, Set<String> periods,
                                                                    Map<String, Map<String, List<Figure>>> figures,
                                                                    CellBuilder cells) {
        Map<String, Map<String, CellBuilder.Built>> built = new LinkedHashMap<>();
        for (Area area : areas) {
            Map<String, List<Figure>> byPeriod = figures.getOrDefault(area.code(), Map.of());
            for (String period : periods) {
                List<Figure> candidates = byPeriod.get(period);
                if (candidates != null && !candidates.isEmpty()) {
                    built.computeIfAbsent(period, p -> new LinkedHashMap<>())
                            .put(area.code(), cells.build(area.code(), period, candidates));
                }
            }
        }
        return built;
    }

    private List<CompareTable.Group> groups(List<Area> areas, Set<String> periods,
                                            Map<String, Map<String, CellBuilder.Built>> built,
                                            IndicatorNotes indicatorNotes, String language) {
        List<CompareTable.Group> groups = new ArrayList<>();
        for (String shore : List.of("N", "S", "")) {
            List<Area> members = areas.stream().filter(a -> shore.equals(a.shore() == null ? "" : a.shore())).toList();
            if (members.isEmpty()) {
                continue;
            }
            String code = switch (shore) {
                case "N" -> Catalogue.NORTH;
                case "S" -> Catalogue.SOUTH;
                default -> "OTHER";
            };
            List<CompareTable.Row> rows = members.stream().map(a -> row(a, periods, built, language)).toList();
            String label = catalogue.area(code).map(a -> a.name(language)).orElse(otherAreas(language));
            groups.add(new CompareTable.Group(code, label, rows,
                    shore.isEmpty() ? null : subtotals(code, areas, periods, built, indicatorNotes, language)));
        }
        return groups;
    }

    private static CompareTable.Row row(Area area, Set<String> periods, Map<String, Map<String, CellBuilder.Built>> built,
                                        String language) {
        Map<String, CompareTable.Cell> cells = new LinkedHashMap<>();
        for (String period : periods) {
            CellBuilder.Built cell = built.getOrDefault(period, Map.of()).get(area.code());
            cells.put(period, cell == null ? null : cell.cell());
        }
        return new CompareTable.Row(area.code(), area.name(language), cells, area.kind());
    }

    /** Per period, the group's total; none unless every country of the group was asked for. */
    private Map<String, CompareTable.Subtotal> subtotals(String group, List<Area> asked, Set<String> periods,
                                                         Map<String, Map<String, CellBuilder.Built>> built,
                                                         IndicatorNotes indicatorNotes, String language) {
        List<Area> members = catalogue.expand(group);
        if (!asked.containsAll(members)) {
            return null;
        }
        Map<String, CompareTable.Subtotal> subtotals = new LinkedHashMap<>();
        for (String period : periods) {
            subtotals.put(period, Subtotals.of(members, built.getOrDefault(period, Map.of()), indicatorNotes,
                    language));
        }
        return subtotals;
    }

    private CompareTable.Options options(Indicator indicator, List<CompareTable.SourceInfo> sources) {
        boolean money = notes.isCurrency(indicator.unit());
        boolean ratioable = !"rate".equals(notes.indicator(indicator.code()).nature())
                && !indicator.unit().startsWith("PC") && !Denominators.POPULATION.equals(indicator.code());
        return new CompareTable.Options(money ? Display.CURRENCIES : List.of(),
                ratioable ? Display.PER_CAPITA : List.of(),
                money && ratioable && !Denominators.GDP.equals(indicator.code()), Display.SCALES,
                sources(indicator, sources));
    }

    /** Every source that may give this indicator: the catalogue's precedence, then any other that did. */
    private static List<String> sources(Indicator indicator, List<CompareTable.SourceInfo> present) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(indicator.precedence());
        present.forEach(source -> ids.add(source.id()));
        return List.copyOf(ids);
    }

    private static CompareTable.IndicatorInfo info(Indicator indicator, String language) {
        return new CompareTable.IndicatorInfo(indicator.code(), indicator.label(language), indicator.axis(),
                indicator.sdg(), indicator.unit(),
                indicator.definitions().getOrDefault(language, indicator.definitions().get("en")));
    }
}
