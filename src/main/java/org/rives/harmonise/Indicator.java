package org.rives.harmonise;

import java.util.List;
import java.util.Map;

/**
 * A catalogue indicator: what is measured, in which canonical unit, under which axis of the 5+5
 * roadmap, and which sources take precedence when several publish it.
 */
public record Indicator(String code, String axis, String sdg, String unit, Map<String, String> labels,
                        Map<String, String> definitions, List<String> precedence) {

    public Indicator {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        definitions = definitions == null ? Map.of() : Map.copyOf(definitions);
        precedence = precedence == null ? List.of() : List.copyOf(precedence);
    }

    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("en", code));
    }
}
