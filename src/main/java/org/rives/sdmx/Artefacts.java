package org.rives.sdmx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every artefact the service serves at one moment, and how they reference each other: a dataflow uses
 * the data structure, which uses the concept scheme and the codelists. The agency and data provider
 * schemes stand alone.
 */
record Artefacts(ItemScheme agencies, ItemScheme providers, ItemScheme concepts, List<ItemScheme> codelists,
                 DataStructure structure, List<Dataflow> dataflows) {

    List<Artefact> all() {
        List<Artefact> all = new ArrayList<>();
        all.add(agencies);
        all.add(providers);
        all.add(concepts);
        all.addAll(codelists);
        all.add(structure);
        all.addAll(dataflows);
        return all;
    }

    List<Artefact> ofType(ArtefactType type) {
        return all().stream().filter(a -> a.ref().type() == type).toList();
    }

    Optional<Dataflow> dataflow(FlowRef ref) {
        return dataflows.stream().filter(flow -> ref.matches(flow.ref())).findFirst();
    }

    Optional<ItemScheme> codelist(String id) {
        return codelists.stream().filter(c -> c.ref().id().equals(id)).findFirst();
    }

    /** The artefacts this one references directly. */
    List<Artefact> children(Artefact artefact) {
        return switch (artefact.ref().type()) {
            case DATAFLOW -> List.of(structure);
            case DATA_STRUCTURE -> {
                List<Artefact> children = new ArrayList<>();
                children.add(concepts);
                children.addAll(codelists);
                yield children;
            }
            case AGENCY_SCHEME, DATA_PROVIDER_SCHEME, CODELIST, CONCEPT_SCHEME -> List.of();
        };
    }

    /** The artefacts that reference this one directly. */
    List<Artefact> parents(Artefact artefact) {
        return switch (artefact.ref().type()) {
            case DATA_STRUCTURE -> List.copyOf(dataflows);
            case CODELIST, CONCEPT_SCHEME -> List.of(structure);
            case DATAFLOW, AGENCY_SCHEME, DATA_PROVIDER_SCHEME -> List.of();
        };
    }

    /** References of references, to any depth. */
    Set<Artefact> descendants(Artefact artefact) {
        Set<Artefact> found = new LinkedHashSet<>();
        List<Artefact> next = children(artefact);
        while (!next.isEmpty()) {
            List<Artefact> deeper = new ArrayList<>();
            for (Artefact child : next) {
                if (found.add(child)) {
                    deeper.addAll(children(child));
                }
            }
            next = deeper;
        }
        return found;
    }
}
