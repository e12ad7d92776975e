package org.rives.sdmx;

import java.util.Map;
import java.util.Set;

/**
 * A dataflow over the harmonised data structure. {@code indicators} is the flow's share of the
 * catalogue (the indicators of one roadmap axis); empty means every indicator.
 */
record Dataflow(ArtefactRef ref, Map<String, String> names, Map<String, String> descriptions,
                Set<String> indicators) implements Artefact {

    Dataflow {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
        indicators = Set.copyOf(indicators);
    }

    boolean coversEveryIndicator() {
        return indicators.isEmpty();
    }
}
