package org.rives.harmonise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorDefinition.DimensionRule;

/**
 * Checks what the schema cannot: that a connector's codes exist in the catalogue and its sample files
 * exist. Each problem names the connector file and the key at fault.
 */
public final class DefinitionChecker {

    private final Catalogue catalogue;
    private final Path home;

    public DefinitionChecker(Catalogue catalogue, Path home) {
        this.catalogue = catalogue;
        this.home = home;
    }

    public List<String> check(ConnectorDefinition definition) {
        List<String> problems = new ArrayList<>();
        String file = String.valueOf(definition.origin());
        definition.indicators().forEach((raw, rule) -> {
            if (catalogue.indicator(rule.code()).isEmpty()) {
                problems.add(file + ": indicators." + raw + ".code \"" + rule.code() + "\" is not in the catalogue");
            }
        });
        definition.dimensions().forEach((dimension, rule) -> checkDimension(file, dimension, rule, problems));
        for (String sample : definition.samples()) {
            if (!Files.isRegularFile(home.resolve(sample))) {
                problems.add(file + ": sample file " + sample + " does not exist");
            }
        }
        for (String sample : definition.provenance().illustrativeSamples()) {
            if (!definition.samples().contains(sample)) {
                problems.add(file + ": provenance.illustrativeSamples names " + sample + ", which is not in samples");
            }
        }
        return problems;
    }

    private void checkDimension(String file, String dimension, DimensionRule rule, List<String> problems) {
        if (!"area".equals(rule.codelist())) {
            return;
        }
        rule.map().forEach((raw, code) -> {
            if (catalogue.resolveArea(code).isEmpty()) {
                problems.add(file + ": dimensions." + dimension + ".map." + raw + " maps to \"" + code
                        + "\", which is not a catalogue area");
            }
        });
        if (rule.value() != null && catalogue.resolveArea(rule.value()).isEmpty()) {
            problems.add(file + ": dimensions." + dimension + ".value \"" + rule.value() + "\" is not a catalogue area");
        }
    }
}
