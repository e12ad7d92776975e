package org.rives.sdmx;

/** Identifies one maintainable artefact: type, maintenance agency, id and version. */
record ArtefactRef(ArtefactType type, String agency, String id, String version) {

    String urn() {
        return "urn:sdmx:org.sdmx.infomodel." + type.urnPackage() + "." + type.urnClass() + "=" + agency + ":" + id
                + "(" + version + ")";
    }

    String itemUrn(String itemId) {
        return "urn:sdmx:org.sdmx.infomodel." + type.urnPackage() + "." + type.itemClass() + "=" + agency + ":" + id
                + "(" + version + ")." + itemId;
    }

    /** The form SDMX-CSV and the data messages use: {@code RIVES:DF_MIGRATION(1.0)}. */
    String shortUrn() {
        return agency + ":" + id + "(" + version + ")";
    }
}
