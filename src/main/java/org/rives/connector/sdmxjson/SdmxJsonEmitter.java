package org.rives.connector.sdmxjson;

import java.util.List;

import org.rives.connector.ObservationSink;
import org.rives.connector.sdmxjson.SdmxJsonStructure.Component;

/**
 * Resolves the indexes of each observation through its structure and hands the codes to the sink:
 * dimensions (time as the period), series and observation attributes as further columns, and
 * OBS_STATUS, wherever it is attached, as the flag.
 */
final class SdmxJsonEmitter {

    static final String STATUS = "OBS_STATUS";

    private final List<SdmxJsonStructure> structures;
    private final ObservationSink sink;
    private final int[] widths;

    SdmxJsonEmitter(List<SdmxJsonStructure> structures, ObservationSink sink) {
        this.structures = structures;
        this.sink = sink;
        this.widths = structures.stream().mapToInt(s -> s.columns().size()).toArray();
    }

    void emit(SdmxJsonCell cell) {
        sink.rowRead();
        if (cell.structure() < 0 || cell.structure() >= structures.size()) {
            sink.reject(cell.line(), cell.column(), "the data set refers to structure " + cell.structure()
                    + ", which the message does not describe");
            return;
        }
        SdmxJsonStructure structure = structures.get(cell.structure());
        Row row = new Row(widths[cell.structure()]);
        for (Component dimension : structure.dataSetDimensions()) {
            row.put(dimension, dimension.values().length == 1 ? dimension.values()[0] : "");
        }
        String problem = row.key(structure.seriesDimensions(), cell.seriesKey(), "series");
        if (problem == null) {
            problem = row.key(structure.observationDimensions(), cell.observationKey(), "observation");
        }
        if (problem == null) {
            problem = row.attributes(structure.seriesAttributes(), cell.seriesAttributes());
        }
        if (problem == null) {
            problem = row.attributes(structure.observationAttributes(), cell.attributes());
        }
        if (problem != null) {
            sink.reject(cell.line(), cell.column(), problem);
        } else if (row.period == null) {
            sink.reject(cell.line(), cell.column(), "the structure has no TIME_PERIOD dimension");
        } else {
            sink.observation(sink.series(row.values), cell.line(), cell.column(), row.period, cell.value(), row.status);
        }
    }

    /** The codes of one observation, filled level by level. */
    private static final class Row {
        final String[] values;
        int next;
        String period;
        String status;

        Row(int size) {
            values = new String[size];
        }

        void put(Component component, String code) {
            if (component.time()) {
                period = code;
            } else {
                values[next++] = code == null ? "" : code;
            }
        }

        String key(List<Component> dimensions, String key, String level) {
            if (dimensions.isEmpty() && (key == null || key.isEmpty())) {
                return null;
            }
            String[] parts = key == null ? new String[0] : key.split(":", -1);
            if (parts.length != dimensions.size()) {
                return level + " key \"" + key + "\" has " + parts.length + " positions, the structure has "
                        + dimensions.size() + " " + level + " dimensions";
            }
            for (int i = 0; i < parts.length; i++) {
                Component dimension = dimensions.get(i);
                int index;
                try {
                    index = Integer.parseInt(parts[i]);
                } catch (NumberFormatException e) {
                    return level + " key \"" + key + "\": \"" + parts[i] + "\" is not an index";
                }
                if (index < 0 || index >= dimension.values().length) {
                    return level + " key \"" + key + "\": " + dimension.id() + " has no value at index " + index;
                }
                put(dimension, dimension.values()[index]);
            }
            return null;
        }

        String attributes(List<Component> attributes, Integer[] indexes) {
            for (int i = 0; i < attributes.size(); i++) {
                Component attribute = attributes.get(i);
                Integer index = indexes != null && i < indexes.length ? indexes[i] : null;
                if (index != null && (index < 0 || index >= attribute.values().length)) {
                    return "attribute " + attribute.id() + " has no value at index " + index;
                }
                String code = index == null ? "" : attribute.values()[index];
                if (STATUS.equals(attribute.id())) {
                    status = code == null || code.isEmpty() ? status : code;
                }
                put(attribute, code);
            }
            return null;
        }
    }
}
