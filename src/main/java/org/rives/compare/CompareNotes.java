package org.rives.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The parts of {@code catalogue/indicators.yaml} that comparison needs beyond the catalogue itself:
 * each area's own currency ({@code currencies:}) and each indicator's comparability
 * ({@code comparability:}).
 */
public final class CompareNotes {

    private final Map<String, String> currencies;
    private final Map<String, IndicatorNotes> indicators;

    public CompareNotes(Map<String, String> currencies, Map<String, IndicatorNotes> indicators) {
        this.currencies = Map.copyOf(currencies);
        this.indicators = Map.copyOf(indicators);
    }

    public static CompareNotes load() {
        try (InputStream in = CompareNotes.class.getClassLoader().getResourceAsStream("catalogue/indicators.yaml")) {
            if (in == null) {
                throw new IOException("missing class-path resource catalogue/indicators.yaml");
            }
            JsonNode root = new YAMLMapper().readTree(in);
            Map<String, IndicatorNotes> indicators = new LinkedHashMap<>();
            root.path("comparability").properties().forEach(e -> indicators.put(e.getKey(), notes(e.getValue())));
            return new CompareNotes(strings(root.path("currencies")), indicators);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the comparability notes of the catalogue", e);
        }
    }

    private static IndicatorNotes notes(JsonNode node) {
        Map<String, Concordance> sources = new LinkedHashMap<>();
        node.path("sources").properties().forEach(e -> {
            JsonNode source = e.getValue();
            sources.put(e.getKey(), new Concordance(source.path("counts").asString(null),
                    source.path("basis").asString(null), source.path("reference").asString(null),
                    Grade.parse(source.path("grade").asString(null)), strings(source.path("caveat"))));
        });
        return new IndicatorNotes(node.path("nature").asString(null), node.path("mirror").asString(null),
                strings(node.path("notes")), sources, sums(node.path("sums")));
    }

    private static IndicatorNotes.Sums sums(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        java.util.List<String> breakdown = new java.util.ArrayList<>();
        node.path("breakdown").forEach(code -> breakdown.add(code.asString()));
        return new IndicatorNotes.Sums(breakdown, "listed".equals(node.path("partners").asString(null)));
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }

    /** The currency an area counts in, for {@code currency=native}. */
    public Optional<String> currency(String area) {
        return Optional.ofNullable(currencies.get(area));
    }

    /** Areas whose own currency is this one, in catalogue order. */
    public java.util.List<String> areasCounting(String currency) {
        return currencies.entrySet().stream().filter(e -> e.getValue().equals(currency)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    public boolean isCurrency(String unit) {
        return unit != null && currencies.containsValue(unit);
    }

    public IndicatorNotes indicator(String code) {
        return indicators.getOrDefault(code, IndicatorNotes.NONE);
    }
}
