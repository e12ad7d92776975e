package org.rives.sdmx;

/** The data formats Rives writes, with the media type each answer is labelled with. */
enum DataFormat {
    GENERIC("application/vnd.sdmx.genericdata+xml;version=2.1"),
    STRUCTURE_SPECIFIC("application/vnd.sdmx.structurespecificdata+xml;version=2.1"),
    JSON("application/vnd.sdmx.data+json;version=1.0.0"),
    CSV_1("application/vnd.sdmx.data+csv;version=1.0.0"),
    CSV_2("application/vnd.sdmx.data+csv;version=2.0.0");

    private final String mediaType;

    DataFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** Whether the format can say that an observation was deleted, as an {@code updatedAfter} answer must. */
    boolean carriesActions() {
        return this != CSV_1;
    }
}
