package org.rives.harmonise;

import java.util.List;
import java.util.Map;

/**
 * A catalogue indicator: what is measured, in which canonical unit, under which axis of the 5+5
 * roadmap, which sources take precedence when several publish it, and whether a figure of it may be
 * below zero ({@link Negatives}).
 */
public record Indicator(String code, String axis, String sdg, String unit, Map<String, String> labels,
                        Map<String, String> definitions, List<String> precedence, Negatives negative) {

    /**
     * Whether figures below zero are meaningful: {@code allowed} for a balance or a change (net migration),
     * {@code refused} for what cannot be below zero (a count of persons, a price), {@code warned} where one
     * is a slip more often than not but a publisher may print one (a correction). Unset, {@code warned}.
     */
    public enum Negatives {
        ALLOWED, WARNED, REFUSED;

        /** The catalogue's word ({@code allowed}, {@code warned}, {@code refused}); null is {@code warned}. */
        public static Negatives of(String text) {
            return text == null ? WARNED : parse(text);
        }

        private static Negatives parse(String text) {
            for (Negatives value : values()) {
                if (value.name().equalsIgnoreCase(text)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("negative: \"" + text + "\" is not allowed, warned or refused");
        }
    }

    public Indicator {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        definitions = definitions == null ? Map.of() : Map.copyOf(definitions);
        precedence = precedence == null ? List.of() : List.copyOf(precedence);
        negative = negative == null ? Negatives.WARNED : negative;
    }

    /** An indicator whose negatives are {@code warned}. */
    public Indicator(String code, String axis, String sdg, String unit, Map<String, String> labels,
                     Map<String, String> definitions, List<String> precedence) {
        this(code, axis, sdg, unit, labels, definitions, precedence, Negatives.WARNED);
    }

    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("en", code));
    }
}
