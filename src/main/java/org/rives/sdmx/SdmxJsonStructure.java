package org.rives.sdmx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.core.JsonGenerator;

/**
 * The {@code structure} part of an SDMX-JSON 1.0 data message: the components of each level (data set,
 * series, observation) and, for each, the values met while the data sets were written, in order of first
 * use, which is the order of the indices the data sets hold.
 */
final class SdmxJsonStructure {
    final Components seriesDimensions = new Components();
    final Components observationDimensions = new Components();
    final Components seriesAttributes = new Components();
    final Components observationAttributes = new Components();

    void layout(DataMessage message) {
        List<String> dimensions = new ArrayList<>();
        HarmonisedStructure.DIMENSIONS.forEach(d -> dimensions.add(d.id()));
        dimensions.add(HarmonisedStructure.TIME_PERIOD);
        List<String> seriesAttributeIds = new ArrayList<>();
        List<String> observationAttributeIds = new ArrayList<>();
        boolean timeSeries = HarmonisedStructure.TIME_PERIOD.equals(message.dimensionAtObservation());
        for (HarmonisedStructure.Attribute attribute : HarmonisedStructure.ATTRIBUTES) {
            boolean atSeries = timeSeries && attribute.level() == HarmonisedStructure.Level.SERIES;
            (atSeries ? seriesAttributeIds : observationAttributeIds).add(attribute.id());
        }
        for (String dimension : dimensions) {
            boolean atObservation = message.flat() || dimension.equals(message.dimensionAtObservation());
            (atObservation ? observationDimensions : seriesDimensions).add(dimension);
        }
        seriesAttributeIds.forEach(seriesAttributes::add);
        observationAttributeIds.forEach(observationAttributes::add);
    }

    void writeStructure(JsonGenerator json, BiFunction<String, String, String> label) {
        json.writeName("dimensions");
        json.writeStartObject();
        json.writeName("dataSet");
        json.writeStartArray();
        json.writeEndArray();
        seriesDimensions.write(json, "series", label, true);
        observationDimensions.write(json, "observation", label, true);
        json.writeEndObject();
        json.writeName("attributes");
        json.writeStartObject();
        json.writeName("dataSet");
        json.writeStartArray();
        json.writeEndArray();
        seriesAttributes.write(json, "series", label, false);
        observationAttributes.write(json, "observation", label, false);
        json.writeEndObject();
    }

    /** Components of one level, each with the distinct values met, indexed in order of first use. */
    static final class Components {
        private final Map<String, Map<String, Integer>> values = new LinkedHashMap<>();

        void add(String id) {
            values.put(id, new LinkedHashMap<>());
        }

        String key(List<ComponentValue> key) {
            Map<String, String> given = byId(key);
            StringBuilder text = new StringBuilder();
            for (String id : values.keySet()) {
                text.append(text.length() == 0 ? "" : ":").append(index(id, given.get(id)));
            }
            return text.toString();
        }

        List<Integer> indices(List<ComponentValue> attributes) {
            Map<String, String> given = byId(attributes);
            List<Integer> indices = new ArrayList<>(values.size());
            for (String id : values.keySet()) {
                String value = given.get(id);
                indices.add(value == null ? null : index(id, value));
            }
            return indices;
        }

        private static Map<String, String> byId(List<ComponentValue> values) {
            Map<String, String> byId = new HashMap<>();
            values.forEach(v -> byId.put(v.id(), v.value()));
            return byId;
        }

        private int index(String id, String code) {
            Map<String, Integer> codes = values.get(id);
            return codes.computeIfAbsent(code, c -> codes.size());
        }

        void write(JsonGenerator json, String level, BiFunction<String, String, String> label, boolean dimensions) {
            json.writeName(level);
            json.writeStartArray();
            for (Map.Entry<String, Map<String, Integer>> component : values.entrySet()) {
                String id = component.getKey();
                json.writeStartObject();
                json.writeStringProperty("id", id);
                json.writeStringProperty("name", label.apply(null, id));
                if (dimensions) {
                    int position = HarmonisedStructure.dimensionIndex(id);
                    json.writeNumberProperty("keyPosition", position < 0 ? HarmonisedStructure.DIMENSIONS.size()
                            : position);
                    if (id.equals(HarmonisedStructure.TIME_PERIOD)) {
                        json.writeStringProperty("role", "time");
                    }
                }
                json.writeName("values");
                json.writeStartArray();
                for (String code : component.getValue().keySet()) {
                    json.writeStartObject();
                    json.writeStringProperty("id", code);
                    String name = label.apply(id, code);
                    json.writeStringProperty("name", name == null ? code : name);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
