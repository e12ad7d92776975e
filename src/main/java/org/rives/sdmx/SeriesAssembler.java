package org.rives.sdmx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.rives.sdmx.HarmonisedStructure.Dimension;

/**
 * Turns the ordered rows of a data set into series and observations for a {@link DataWriter}, in the
 * layout the query asked for: time series (time at observation level), a cross-section (one dimension
 * at observation level, the period joins the series key; attributes go to the observations since they
 * depend on every dimension) or flat.
 */
final class SeriesAssembler implements SdmxRepository.RowHandler {

    private final DataRequest request;
    private final AttributeValues attributes;
    private final DataWriter writer;
    private final boolean deleted;
    private final int atObservation;
    private List<ComponentValue> openSeries;

    SeriesAssembler(DataRequest request, AttributeValues attributes, DataWriter writer, DataSetKind kind) {
        this.request = request;
        this.attributes = attributes;
        this.writer = writer;
        this.deleted = kind == DataSetKind.DELETED_SINCE;
        this.atObservation = HarmonisedStructure.dimensionIndex(request.dimensionAtObservation());
    }

    @Override
    public void row(DataRow row) throws IOException {
        DataDetail detail = request.detail();
        // A deleted observation is its key alone: a value or attributes would read as what to delete.
        boolean withAttributes = detail.attributes() && !deleted;
        String value = deleted ? null : SdmxNumbers.plain(row.value());
        if (request.flat()) {
            writer.observation(fullKey(row), value, withAttributes ? allAttributes(row) : List.of());
            return;
        }
        List<ComponentValue> seriesKey = seriesKey(row);
        if (!seriesKey.equals(openSeries)) {
            closeSeries();
            boolean seriesAttributes = withAttributes && request.timeSeries();
            writer.startSeries(seriesKey, seriesAttributes ? attributes.series(row) : List.of());
            openSeries = seriesKey;
        }
        if (detail.observations()) {
            List<ComponentValue> observationAttributes = !withAttributes ? List.of()
                    : request.timeSeries() ? attributes.observation(row) : allAttributes(row);
            writer.observation(List.of(observationKey(row)), value, observationAttributes);
        }
    }

    /** Ends the last series; call once the rows are read. */
    void closeSeries() throws IOException {
        if (openSeries != null) {
            writer.endSeries();
            openSeries = null;
        }
    }

    private List<ComponentValue> seriesKey(DataRow row) {
        List<ComponentValue> key = new ArrayList<>(HarmonisedStructure.DIMENSIONS.size());
        for (int i = 0; i < HarmonisedStructure.DIMENSIONS.size(); i++) {
            if (i != atObservation) {
                key.add(new ComponentValue(HarmonisedStructure.DIMENSIONS.get(i).id(), row.key()[i]));
            }
        }
        if (atObservation >= 0) {
            key.add(new ComponentValue(HarmonisedStructure.TIME_PERIOD, row.period()));
        }
        return key;
    }

    private ComponentValue observationKey(DataRow row) {
        if (atObservation < 0) {
            return new ComponentValue(HarmonisedStructure.TIME_PERIOD, row.period());
        }
        Dimension dimension = HarmonisedStructure.DIMENSIONS.get(atObservation);
        return new ComponentValue(dimension.id(), row.key()[atObservation]);
    }

    private static List<ComponentValue> fullKey(DataRow row) {
        List<ComponentValue> key = new ArrayList<>();
        for (int i = 0; i < HarmonisedStructure.DIMENSIONS.size(); i++) {
            key.add(new ComponentValue(HarmonisedStructure.DIMENSIONS.get(i).id(), row.key()[i]));
        }
        key.add(new ComponentValue(HarmonisedStructure.TIME_PERIOD, row.period()));
        return key;
    }

    private List<ComponentValue> allAttributes(DataRow row) {
        List<ComponentValue> all = new ArrayList<>(attributes.series(row));
        all.addAll(attributes.observation(row));
        return all;
    }

}
