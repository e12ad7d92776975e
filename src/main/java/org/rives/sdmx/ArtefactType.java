package org.rives.sdmx;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of maintainable artefact Rives serves: the resource name of the SDMX 2.1 REST API, the
 * package and class its URN names, and the class of its items.
 */
enum ArtefactType {
    AGENCY_SCHEME("agencyscheme", "base", "AgencyScheme", "Agency"),
    DATA_PROVIDER_SCHEME("dataproviderscheme", "base", "DataProviderScheme", "DataProvider"),
    CODELIST("codelist", "codelist", "Codelist", "Code"),
    CONCEPT_SCHEME("conceptscheme", "conceptscheme", "ConceptScheme", "Concept"),
    DATA_STRUCTURE("datastructure", "datastructure", "DataStructure", null),
    DATAFLOW("dataflow", "datastructure", "Dataflow", null);

    private final String resource;
    private final String urnPackage;
    private final String urnClass;
    private final String itemClass;

    ArtefactType(String resource, String urnPackage, String urnClass, String itemClass) {
        this.resource = resource;
        this.urnPackage = urnPackage;
        this.urnClass = urnClass;
        this.itemClass = itemClass;
    }

    String resource() {
        return resource;
    }

    /** The {@code package} attribute of a reference to this artefact. */
    String urnPackage() {
        return urnPackage;
    }

    /** The {@code class} attribute of a reference to this artefact. */
    String urnClass() {
        return urnClass;
    }

    String itemClass() {
        return itemClass;
    }

    boolean isItemScheme() {
        return itemClass != null;
    }

    static Optional<ArtefactType> ofResource(String resource) {
        return Arrays.stream(values()).filter(type -> type.resource.equals(resource)).findFirst();
    }
}
