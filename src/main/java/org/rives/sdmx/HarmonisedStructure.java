package org.rives.sdmx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The one data structure definition Rives serves: the harmonised long model of the store, as SDMX
 * components. Every dataflow uses it, so a client that has read it once reads any flow.
 *
 * <p>SOURCE is a dimension, not an attribute: the store keeps each publisher's figure for the same key
 * (the World Bank's and the Office des Changes' remittances to Morocco), and a series key must tell
 * them apart. FREQ comes first, as in the ECB's and Eurostat's keys.
 */
final class HarmonisedStructure {

    static final String AGENCY = "RIVES";
    static final String VERSION = "1.0";
    static final ArtefactRef DSD = new ArtefactRef(ArtefactType.DATA_STRUCTURE, AGENCY, "DSD_MIGRATION", VERSION);
    static final ArtefactRef CONCEPTS = new ArtefactRef(ArtefactType.CONCEPT_SCHEME, AGENCY, "CS_MIGRATION", VERSION);
    static final ArtefactRef AGENCIES = new ArtefactRef(ArtefactType.AGENCY_SCHEME, "SDMX", "AGENCIES", VERSION);
    static final ArtefactRef PROVIDERS = new ArtefactRef(ArtefactType.DATA_PROVIDER_SCHEME, AGENCY, "DATA_PROVIDERS",
            VERSION);
    static final String TIME_PERIOD = "TIME_PERIOD";
    static final String OBS_VALUE = "OBS_VALUE";

    /** A dimension: its id (also its concept), the store column that fills it, and its codelist. */
    record Dimension(String id, String column, String codelist) {
    }

    /** Where an attribute is attached: to the series (every dimension but time) or to the observation. */
    enum Level { SERIES, OBSERVATION }

    /** An attribute: coded by a codelist, or free text of an SDMX text type when {@code codelist} is null. */
    record Attribute(String id, String codelist, String textType, Level level, boolean mandatory) {
    }

    static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("FREQ", "freq", "CL_FREQ"),
            new Dimension("INDICATOR", "indicator", "CL_INDICATOR"),
            new Dimension("REF_AREA", "ref_area", "CL_AREA"),
            new Dimension("COUNTERPART_AREA", "counterpart_area", "CL_AREA"),
            new Dimension("SEX", "sex", "CL_SEX"),
            new Dimension("AGE", "age", "CL_AGE"),
            new Dimension("BREAKDOWN", "breakdown", "CL_BREAKDOWN"),
            new Dimension("SOURCE", "source", "CL_SOURCE"));

    static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("UNIT_MEASURE", "CL_UNIT", null, Level.SERIES, true),
            new Attribute("UNIT_MULT", "CL_UNIT_MULT", null, Level.SERIES, true),
            new Attribute("COMPARABILITY", "CL_COMPARABILITY", null, Level.SERIES, false),
            new Attribute("ILLUSTRATIVE", null, "Boolean", Level.SERIES, true),
            new Attribute("OBS_STATUS", "CL_OBS_STATUS", null, Level.OBSERVATION, true),
            new Attribute("OBS_FLAG", null, "String", Level.OBSERVATION, false));

    private HarmonisedStructure() {
    }

    static Optional<Dimension> dimension(String id) {
        return DIMENSIONS.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    static int dimensionIndex(String id) {
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            if (DIMENSIONS.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Every concept the structure uses, in its order: dimensions, time, measure, attributes. */
    static List<String> conceptIds() {
        ArrayList<String> ids = new ArrayList<>();
        DIMENSIONS.forEach(d -> ids.add(d.id()));
        ids.add(TIME_PERIOD);
        ids.add(OBS_VALUE);
        ATTRIBUTES.forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** Every codelist the structure uses, each once, in order of first use. */
    static List<String> codelistIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        DIMENSIONS.forEach(d -> ids.add(d.codelist()));
        ATTRIBUTES.stream().filter(a -> a.codelist() != null).forEach(a -> ids.add(a.codelist()));
        return List.copyOf(ids);
    }

    static ArtefactRef codelist(String id) {
        return new ArtefactRef(ArtefactType.CODELIST, AGENCY, id, VERSION);
    }
}
