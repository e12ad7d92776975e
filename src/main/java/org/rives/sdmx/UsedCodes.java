package org.rives.sdmx;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * For {@code detail=referencepartial}: the codes a dataflow's (or the structure's) current figures use,
 * per codelist, so that the codelists sent with it list what a client can actually ask for.
 */
final class UsedCodes implements StructureSelector.PartialCodes {

    private final SdmxRepository repository;

    UsedCodes(SdmxRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, Set<String>> used(Artefact matched) {
        Set<String> indicators;
        if (matched instanceof Dataflow flow) {
            indicators = flow.indicators();
        } else if (matched instanceof DataStructure) {
            indicators = Set.of();
        } else {
            return Map.of();
        }
        Map<String, Set<String>> used = new LinkedHashMap<>();
        for (HarmonisedStructure.Dimension dimension : HarmonisedStructure.DIMENSIONS) {
            used.computeIfAbsent(dimension.codelist(), id -> new LinkedHashSet<>())
                    .addAll(repository.currentCodesOf(dimension.column(), indicators));
        }
        used.put("CL_UNIT", repository.currentCodesOf("unit", indicators));
        used.put("CL_UNIT_MULT", repository.currentCodesOf("unit_mult", indicators));
        return used;
    }
}
