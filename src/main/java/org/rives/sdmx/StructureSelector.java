package org.rives.sdmx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a structure query from the artefacts: the matching artefacts (trimmed to the asked items),
 * the artefacts the {@code references} parameter adds, and how much of each {@code detail} asks for.
 */
final class StructureSelector {

    private final Artefacts artefacts;
    private final PartialCodes partialCodes;

    /** The codes each codelist would keep for {@code detail=referencepartial} of a matching artefact. */
    @FunctionalInterface
    interface PartialCodes {
        Map<String, Set<String>> used(Artefact matched);
    }

    StructureSelector(Artefacts artefacts, PartialCodes partialCodes) {
        this.artefacts = artefacts;
        this.partialCodes = partialCodes;
    }

    List<StructureMessageWriter.Entry> select(StructureQuery query) {
        List<Artefact> matched = new ArrayList<>();
        for (Artefact artefact : artefacts.all()) {
            if (query.matches(artefact.ref())) {
                withItems(artefact, query.items()).ifPresent(matched::add);
            }
        }
        if (matched.isEmpty()) {
            throw SdmxException.noResults("no structure matches this query");
        }
        Map<ArtefactRef, StructureMessageWriter.Entry> answer = new LinkedHashMap<>();
        matched.forEach(a -> answer.put(a.ref(), new StructureMessageWriter.Entry(a, query.detail().shape(false))));
        Map<String, Set<String>> partial = new LinkedHashMap<>();
        if (query.detail() == StructureDetail.REFERENCE_PARTIAL) {
            matched.forEach(a -> partial.putAll(partialCodes.used(a)));
        }
        for (Artefact artefact : matched) {
            for (Artefact referenced : referenced(artefact, query.references())) {
                answer.putIfAbsent(referenced.ref(), new StructureMessageWriter.Entry(trimmed(referenced, partial),
                        query.detail().shape(true)));
            }
        }
        return List.copyOf(answer.values());
    }

    private static Optional<Artefact> withItems(Artefact artefact, Set<String> items) {
        if (items.isEmpty()) {
            return Optional.of(artefact);
        }
        if (!(artefact instanceof ItemScheme scheme)) {
            return Optional.empty();
        }
        ItemScheme kept = scheme.keeping(items);
        return kept.items().isEmpty() ? Optional.empty() : Optional.of(kept);
    }

    private static Artefact trimmed(Artefact artefact, Map<String, Set<String>> partial) {
        if (artefact instanceof ItemScheme scheme && partial.containsKey(scheme.ref().id())) {
            return scheme.keeping(partial.get(scheme.ref().id()));
        }
        return artefact;
    }

    private Set<Artefact> referenced(Artefact artefact, String references) {
        Set<Artefact> found = new LinkedHashSet<>();
        switch (references) {
            case "none" -> { }
            case "children" -> found.addAll(artefacts.children(artefact));
            case "descendants" -> found.addAll(artefacts.descendants(artefact));
            case "parents" -> found.addAll(artefacts.parents(artefact));
            case "parentsandsiblings" -> parentsAndSiblings(artefact, found);
            default -> {
                parentsAndSiblings(artefact, found);
                found.addAll(artefacts.descendants(artefact));
                if (!"all".equals(references)) {
                    // a concrete type: the related artefacts of that type only
                    Optional<ArtefactType> type = ArtefactType.ofResource(references);
                    found.removeIf(a -> type.isEmpty() || a.ref().type() != type.get());
                }
            }
        }
        found.removeIf(a -> a.ref().equals(artefact.ref()));
        return found;
    }

    private void parentsAndSiblings(Artefact artefact, Set<Artefact> found) {
        for (Artefact parent : artefacts.parents(artefact)) {
            found.add(parent);
            found.addAll(artefacts.children(parent));
        }
    }
}
