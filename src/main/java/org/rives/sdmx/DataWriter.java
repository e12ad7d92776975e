package org.rives.sdmx;

import java.io.IOException;
import java.util.List;

/**
 * Writes one data message as the rows arrive. A time-series or cross-sectional answer comes as series
 * holding observations; a flat one ({@code dimensionAtObservation=AllDimensions}) as observations
 * carrying their whole key. Nothing is buffered beyond what the format itself needs.
 */
interface DataWriter {

    void start(DataMessage message) throws IOException;

    void startDataSet(DataSetKind kind) throws IOException;

    void startSeries(List<ComponentValue> key, List<ComponentValue> attributes) throws IOException;

    /** An observation: its key at observation level, its value (null when deleted), its attributes. */
    void observation(List<ComponentValue> key, String value, List<ComponentValue> attributes) throws IOException;

    void endSeries() throws IOException;

    void endDataSet() throws IOException;

    void finish() throws IOException;
}
