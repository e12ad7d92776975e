package org.rives.sdmx;

import java.util.Arrays;

/**
 * The {@code detail} parameter of a structure query. Stubs carry identification and names only;
 * complete stubs add descriptions; {@code referencepartial} trims the referenced codelists to the codes
 * the matching artefact uses.
 */
enum StructureDetail {
    FULL("full"),
    ALL_STUBS("allstubs"),
    REFERENCE_STUBS("referencestubs"),
    ALL_COMPLETE_STUBS("allcompletestubs"),
    REFERENCE_COMPLETE_STUBS("referencecompletestubs"),
    REFERENCE_PARTIAL("referencepartial");

    private final String parameter;

    StructureDetail(String parameter) {
        this.parameter = parameter;
    }

    /** How an artefact is written: whole, as a stub, or as a complete stub (stub with descriptions). */
    enum Shape { WHOLE, STUB, COMPLETE_STUB }

    Shape shape(boolean referenced) {
        return switch (this) {
            case FULL, REFERENCE_PARTIAL -> Shape.WHOLE;
            case ALL_STUBS -> Shape.STUB;
            case ALL_COMPLETE_STUBS -> Shape.COMPLETE_STUB;
            case REFERENCE_STUBS -> referenced ? Shape.STUB : Shape.WHOLE;
            case REFERENCE_COMPLETE_STUBS -> referenced ? Shape.COMPLETE_STUB : Shape.WHOLE;
        };
    }

    static StructureDetail parse(String text) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(text)).findFirst()
                .orElseThrow(() -> SdmxException.syntax("detail=" + text + " is not one of full, allstubs, "
                        + "referencestubs, allcompletestubs, referencecompletestubs, referencepartial"));
    }
}
