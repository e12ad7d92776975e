package org.rives.sdmx;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A codelist, concept scheme, agency scheme or data provider scheme. {@code partial} marks a scheme that
 * carries only some of its items (an {@code itemID} query, or {@code detail=referencepartial}).
 */
record ItemScheme(ArtefactRef ref, Map<String, String> names, List<Item> items, boolean partial)
        implements Artefact {

    ItemScheme {
        names = Map.copyOf(names);
        items = List.copyOf(items);
    }

    /** The same scheme holding only the given items, marked partial. */
    ItemScheme keeping(Set<String> itemIds) {
        return new ItemScheme(ref, names, items.stream().filter(item -> itemIds.contains(item.id())).toList(), true);
    }
}
