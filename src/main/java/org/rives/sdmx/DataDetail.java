package org.rives.sdmx;

import java.util.Arrays;

/** The {@code detail} parameter of a data query: how much of each series to return. */
enum DataDetail {
    FULL("full", true, true),
    DATA_ONLY("dataonly", true, false),
    SERIES_KEYS_ONLY("serieskeysonly", false, false),
    NO_DATA("nodata", false, true);

    private final String parameter;
    private final boolean observations;
    private final boolean attributes;

    DataDetail(String parameter, boolean observations, boolean attributes) {
        this.parameter = parameter;
        this.observations = observations;
        this.attributes = attributes;
    }

    boolean observations() {
        return observations;
    }

    boolean attributes() {
        return attributes;
    }

    static DataDetail parse(String text) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(text)).findFirst()
                .orElseThrow(() -> SdmxException.syntax("detail=" + text
                        + " is not one of full, dataonly, serieskeysonly, nodata"));
    }
}
