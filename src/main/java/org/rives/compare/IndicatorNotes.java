package org.rives.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comparability metadata of one indicator: whether it is a flow, a stock or a rate (which decides
 * whether it may be summed over months and areas), its mirror indicator, notes, per-source
 * concordance, and which totals the engine may compute where a publisher gives only the parts.
 */
public record IndicatorNotes(String nature, String mirror, Map<String, String> notes,
                             Map<String, Concordance> sources, Sums sums) {

    public static final IndicatorNotes NONE = new IndicatorNotes("flow", null, Map.of(), Map.of(), null);

    /**
     * The totals that may be computed when the publisher gives none (catalogue {@code sums:}).
     *
     * @param breakdown breakdown codes that partition the total (land and sea borders): the total is their sum
     * @param partners  whether the partners are citizenships whose sum stands for "all citizenships" (only as
     *                  far as the publisher lists every one, which the computed figure says)
     */
    public record Sums(List<String> breakdown, boolean partners) {

        public Sums {
            breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        }
    }

    public IndicatorNotes(String nature, String mirror, Map<String, String> notes, Map<String, Concordance> sources) {
        this(nature, mirror, notes, sources, null);
    }

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
