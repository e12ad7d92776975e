package org.rives.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/** How far a figure can be put beside the others in its row. Declared from best to worst. */
public enum Grade {
    COMPARABLE("comparable"),
    CAVEATS("comparable with caveats"),
    NOT_COMPARABLE("not comparable");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** As written in tables and exports: comparable, comparable with caveats, not comparable. */
    @JsonValue
    public String label() {
        return label;
    }

    public Grade worst(Grade other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The catalogue's spelling: comparable, caveats, not_comparable. */
    static Grade parse(String text) {
        if (text == null || text.isBlank()) {
            return CAVEATS;
        }
        return switch (text.strip()) {
            case "comparable" -> COMPARABLE;
            case "caveats" -> CAVEATS;
            case "not_comparable" -> NOT_COMPARABLE;
            default -> throw new IllegalStateException("comparability grade \"" + text
                    + "\" is not one of comparable, caveats, not_comparable");
        };
    }
}
