package org.rives.compare;

import java.util.Map;
import java.util.Optional;

/**
 * Comparability metadata of one indicator: whether it is a flow, a stock or a rate (which decides
 * whether it may be summed over months and areas), its mirror indicator, notes and per-source
 * concordance.
 */
public record IndicatorNotes(String nature, String mirror, Map<String, String> notes,
                             Map<String, Concordance> sources) {

    public static final IndicatorNotes NONE = new IndicatorNotes("flow", null, Map.of(), Map.of());

    public IndicatorNotes {
        nature = nature == null ? "flow" : nature;
        notes = notes == null ? Map.of() : Map.copyOf(notes);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** Flows add up over months; stocks and rates do not. */
    public boolean summableOverTime() {
        return "flow".equals(nature);
    }

    /** Flows and stocks add up over areas; rates do not. */
    public boolean summableOverAreas() {
        return !"rate".equals(nature);
    }

    public Optional<String> note(String language) {
        return Optional.ofNullable(notes.getOrDefault(language, notes.get("en")));
    }

    public Optional<Concordance> source(String source) {
        return Optional.ofNullable(sources.get(source));
    }
}
