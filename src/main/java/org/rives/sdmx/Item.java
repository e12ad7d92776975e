package org.rives.sdmx;

import java.util.Map;

/** An item of an item scheme (a code, a concept, an agency, a data provider) with its names by language. */
record Item(String id, Map<String, String> names, Map<String, String> descriptions) {

    Item {
        names = Map.copyOf(names);
        descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
    }

    Item(String id, Map<String, String> names) {
        this(id, names, Map.of());
    }
}
