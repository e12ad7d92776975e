package org.rives.compare;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.rives.connector.ConnectorDefinition;

/** Sources named in a test: each published, or an illustrative sample. */
final class FakeSources implements SourceDirectory {

    private final Map<String, Boolean> illustrative;

    /** Source id → whether its figures are illustrative. */
    FakeSources(Map<String, Boolean> illustrative) {
        this.illustrative = Map.copyOf(illustrative);
    }

    @Override
    public SortedSet<String> ids() {
        return new TreeSet<>(illustrative.keySet());
    }

    @Override
    public Optional<ConnectorDefinition.Provenance> provenance(String source) {
        return Optional.ofNullable(illustrative.get(source)).map(sample -> new ConnectorDefinition.Provenance(
                "publisher of " + source, null, "a licence", null, null, sample, null, null, null, null, null, null));
    }
}
