package org.rives.sdmx;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * English names of components and codes, for the formats that print them beside the ids (SDMX-JSON,
 * SDMX-CSV with {@code labels=both}). {@code apply(null, component)} names a component;
 * {@code apply(component, code)} names a code, or gives null for a free-text attribute.
 */
final class CodeNames implements BiFunction<String, String, String> {

    private final Map<String, Map<String, String>> codes = new HashMap<>();
    private final Map<String, String> concepts = new HashMap<>();

    CodeNames(Artefacts artefacts) {
        artefacts.concepts().items().forEach(item -> concepts.put(item.id(), english(item)));
        HarmonisedStructure.DIMENSIONS.forEach(d -> codes.put(d.id(), codelist(artefacts, d.codelist())));
        HarmonisedStructure.ATTRIBUTES.stream().filter(a -> a.codelist() != null)
                .forEach(a -> codes.put(a.id(), codelist(artefacts, a.codelist())));
    }

    @Override
    public String apply(String component, String code) {
        if (component == null) {
            return concepts.getOrDefault(code, code);
        }
        Map<String, String> names = codes.get(component);
        return names == null ? null : names.getOrDefault(code, code);
    }

    private static Map<String, String> codelist(Artefacts artefacts, String id) {
        Map<String, String> names = new HashMap<>();
        artefacts.codelist(id).ifPresent(list -> list.items().forEach(item -> names.put(item.id(), english(item))));
        return names;
    }

    private static String english(Item item) {
        return item.names().getOrDefault("en", item.names().values().stream().findFirst().orElse(item.id()));
    }
}
