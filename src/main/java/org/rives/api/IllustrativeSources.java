package org.rives.api;

import java.util.function.Predicate;

import org.rives.connector.ConnectorRegistry;

/** Which sources carry illustrative sample figures rather than published values (their provenance says so). */
final class IllustrativeSources {

    private IllustrativeSources() {
    }

    static Predicate<String> of(ConnectorRegistry connectors) {
        return source -> connectors.find(source).map(d -> d.provenance().isIllustrative()).orElse(false);
    }
}
