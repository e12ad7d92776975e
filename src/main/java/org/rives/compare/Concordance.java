package org.rives.compare;

import java.util.Map;

/**
 * What one source counts for one indicator, so that a reader knows whether two cells measure the same
 * thing: persons or events, citizenship or birth, the reference period, and a grade with its caveat.
 */
public record Concordance(String counts, String basis, String reference, Grade grade, Map<String, String> caveat) {

    public Concordance {
        caveat = caveat == null ? Map.of() : Map.copyOf(caveat);
    }

    public String caveat(String language) {
        return caveat.getOrDefault(language, caveat.get("en"));
    }
}
