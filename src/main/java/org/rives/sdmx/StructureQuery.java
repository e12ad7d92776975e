package org.rives.sdmx;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A structure query of the SDMX 2.1 REST API, parsed and checked:
 * {@code {resource}/{agencyID}/{resourceID}/{version}/{itemID}} with {@code detail} and
 * {@code references}. {@code types} is empty for the {@code structure} resource (any type).
 */
record StructureQuery(Set<ArtefactType> types, Set<String> agencies, Set<String> ids, Set<String> versions,
                      Set<String> items, String references, StructureDetail detail) {

    /** Every structure resource of the standard; those Rives has no artefact of answer 501. */
    static final List<String> STANDARD_RESOURCES = List.of("datastructure", "metadatastructure", "categoryscheme",
            "conceptscheme", "codelist", "hierarchicalcodelist", "organisationscheme", "agencyscheme",
            "dataproviderscheme", "dataconsumerscheme", "organisationunitscheme", "dataflow", "metadataflow",
            "reportingtaxonomy", "provisionagreement", "structureset", "process", "categorisation",
            "contentconstraint", "actualconstraint", "allowedconstraint", "attachmentconstraint",
            "transformationscheme", "rulesetscheme", "userdefinedoperatorscheme", "customtypescheme",
            "namepersonalisationscheme", "vtlmappingscheme", "structure");
    private static final List<String> REFERENCE_KEYWORDS = List.of("none", "parents", "parentsandsiblings",
            "children", "descendants", "all");
    private static final List<String> PARAMETERS = List.of("detail", "references");

    static StructureQuery parse(String resource, List<String> path, Map<String, String> parameters) {
        parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw SdmxException.syntax("unknown parameter \"" + name + "\"; a structure query takes detail and "
                    + "references");
        });
        String references = parameters.getOrDefault("references", "none");
        if (!REFERENCE_KEYWORDS.contains(references) && !STANDARD_RESOURCES.contains(references)) {
            throw SdmxException.syntax("references=" + references + " is not one of " + String.join(", ",
                    REFERENCE_KEYWORDS) + " or a structure resource such as codelist");
        }
        StructureDetail detail = StructureDetail.parse(parameters.getOrDefault("detail", "full"));
        Set<ArtefactType> types = types(resource);
        if (path.size() > 4 || path.size() == 4 && types.stream().noneMatch(ArtefactType::isItemScheme)) {
            throw SdmxException.syntax("too many path segments for " + resource);
        }
        return new StructureQuery(types, part(path, 0, "all"), part(path, 1, "all"), part(path, 2, "latest"),
                part(path, 3, "all"), references, detail);
    }

    /** The artefact types a resource names; 501 for the standard's resources Rives has no artefact of. */
    static Set<ArtefactType> types(String resource) {
        if ("structure".equals(resource)) {
            return Set.of();
        }
        if ("organisationscheme".equals(resource)) {
            return Set.of(ArtefactType.AGENCY_SCHEME, ArtefactType.DATA_PROVIDER_SCHEME);
        }
        return ArtefactType.ofResource(resource).map(Set::of).orElseThrow(() -> STANDARD_RESOURCES.contains(resource)
                ? SdmxException.notImplemented("Rives has no " + resource + "; it serves dataflow, datastructure, "
                + "codelist, conceptscheme, agencyscheme and dataproviderscheme")
                : SdmxException.syntax("\"" + resource + "\" is not a resource of the SDMX 2.1 REST API"));
    }

    /** A path segment split on {@code +}; the keyword {@code all} (or {@code latest}) leaves it open. */
    private static Set<String> part(List<String> path, int index, String open) {
        String value = index < path.size() ? path.get(index) : open;
        if (value.isEmpty() || value.equals("all") || value.equals(open)) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>(Arrays.asList(value.split("\\+", -1)));
        values.remove("latest");
        return values;
    }

    boolean matches(ArtefactRef ref) {
        return (types.isEmpty() || types.contains(ref.type())) && open(agencies, ref.agency())
                && open(ids, ref.id()) && open(versions, ref.version());
    }

    /** An empty set leaves the part open; otherwise the value must be one of it. */
    private static boolean open(Set<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }
}
