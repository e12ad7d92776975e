package org.rives.compare;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;

/**
 * The sources a table may name: their ids, who published them under which licence, and whether their
 * figures are illustrative samples rather than published values.
 */
public interface SourceDirectory {

    /** Every source id this installation knows, in order. */
    SortedSet<String> ids();

    Optional<ConnectorDefinition.Provenance> provenance(String source);

    /** Whether the source's figures are layout samples, never to be passed off as published figures. */
    default boolean illustrative(String source) {
        return provenance(source).map(ConnectorDefinition.Provenance::isIllustrative).orElse(false);
    }

    /** The connectors of the registry, read live (the registry may be reloaded). */
    static SourceDirectory of(ConnectorRegistry registry) {
        return new SourceDirectory() {
            @Override
            public SortedSet<String> ids() {
                TreeSet<String> ids = new TreeSet<>();
                registry.all().forEach(definition -> ids.add(definition.id()));
                return ids;
            }

            @Override
            public Optional<ConnectorDefinition.Provenance> provenance(String source) {
                return registry.find(source).map(ConnectorDefinition::provenance);
            }
        };
    }
}
