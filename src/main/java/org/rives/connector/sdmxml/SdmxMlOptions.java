package org.rives.connector.sdmxml;

import org.rives.connector.ReaderOptions;
import org.rives.connector.ServiceQuery;

/**
 * The {@code sdmx:} block: the SDMX 2.1 REST service, the dataflow, and which series to ask for.
 *
 * @param service       the service's base URL, up to the resource name ({@code .../rest}, {@code .../sdmx/v2.1})
 * @param flow          the dataflow: agency, id and version
 * @param key           the series key to ask for ({@code A.REMIT_IN.ESP+FRA...}), or null for the whole flow
 * @param structure     where the structure is read from instead of the service: a file path relative to the
 *                      connector file's folder (a structure version is final in SDMX, so a copy kept with the
 *                      connector stays true), or null to ask the service
 * @param updatedAfter  the service answers {@code updatedAfter} with only the changes (Replace/Delete data sets)
 */
public record SdmxMlOptions(String service, Flow flow, String key, String structure, Boolean updatedAfter)
        implements ReaderOptions, ServiceQuery {

    /** SDMX-ML 2.1 structure-specific data, the format every 2.1 service must serve. */
    static final String STRUCTURE_SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";

    /** A dataflow reference. */
    public record Flow(String agency, String id, String version) {

        /** As the data resource writes it: {@code agency,id,version}. */
        String reference() {
            return agency + "," + id + "," + version;
        }
    }

    private String base() {
        return service.endsWith("/") ? service.substring(0, service.length() - 1) : service;
    }

    @Override
    public String dataUrl() {
        return base() + "/data/" + flow.reference() + "/" + (key == null || key.isBlank() ? "all" : key);
    }

    @Override
    public String accept() {
        return STRUCTURE_SPECIFIC;
    }

    @Override
    public boolean incremental() {
        return Boolean.TRUE.equals(updatedAfter);
    }

    /** The dataflow with its structure, concepts and codelists, in one structure message. */
    String structureUrl() {
        return base() + "/dataflow/" + flow.agency() + "/" + flow.id() + "/" + flow.version() + "?references=all";
    }
}
