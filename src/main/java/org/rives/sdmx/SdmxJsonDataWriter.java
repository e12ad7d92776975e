package org.rives.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * SDMX-JSON 1.0 data. Keys and attribute values are indices into the value lists of the message's
 * {@code structure}; the indices are given as values first appear, and the structure is written after
 * the data sets (member order is free in JSON), so that nothing but the distinct codes is kept.
 */
final class SdmxJsonDataWriter implements DataWriter {

    private final OutputStream stream;
    private final BiFunction<String, String, String> label;
    private final JsonLevels levels = new JsonLevels();
    private JsonGenerator json;
    private DataMessage message;

    SdmxJsonDataWriter(OutputStream stream, BiFunction<String, String, String> label) {
        this.stream = stream;
        this.label = label;
    }

    @Override
    public void start(DataMessage message) {
        this.message = message;
        levels.layout(message);
        json = JsonMapper.builder().build().createGenerator(stream);
        json.writeStartObject();
        json.writeName("header");
        json.writeStartObject();
        json.writeStringProperty("id", "IREF" + Long.toHexString(System.nanoTime()).toUpperCase());
        json.writeBooleanProperty("test", false);
        json.writeStringProperty("prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.writeName("sender");
        json.writeStartObject();
        json.writeStringProperty("id", HarmonisedStructure.AGENCY);
        json.writeEndObject();
        json.writeEndObject();
        json.writeName("dataSets");
        json.writeStartArray();
    }

    @Override
    public void startDataSet(DataSetKind kind) {
        json.writeStartObject();
        json.writeStringProperty("action", kind.action());
        json.writeName(message.flat() ? "observations" : "series");
        json.writeStartObject();
    }

    @Override
    public void startSeries(List<ComponentValue> key, List<ComponentValue> attributes) {
        json.writeName(levels.seriesDimensions.key(key));
        json.writeStartObject();
        json.writeName("attributes");
        json.writeStartArray();
        for (Integer index : levels.seriesAttributes.indices(attributes)) {
            writeIndex(index);
        }
        json.writeEndArray();
        json.writeName("observations");
        json.writeStartObject();
    }

    @Override
    public void observation(List<ComponentValue> key, String value, List<ComponentValue> attributes) {
        json.writeName(levels.observationDimensions.key(key));
        json.writeStartArray();
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(new BigDecimal(value));
        }
        for (Integer index : levels.observationAttributes.indices(attributes)) {
            writeIndex(index);
        }
        json.writeEndArray();
    }

    private void writeIndex(Integer index) {
        if (index == null) {
            json.writeNull();
        } else {
            json.writeNumber(index);
        }
    }

    @Override
    public void endSeries() {
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void endDataSet() {
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeName("structure");
        json.writeStartObject();
        json.writeName("name");
        json.writeString(message.flow().names().getOrDefault("en", message.flow().ref().id()));
        levels.writeStructure(json, label);
        json.writeEndObject();
        json.writeEndObject();
        json.close();
    }

    /** The components of each level of the message and the values met so far, in order of first use. */
    static final class JsonLevels {
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
    }

    /** Components of one level, each with the distinct values met, indexed in order of first use. */
    static final class Components {
        private final Map<String, Map<String, Integer>> values = new LinkedHashMap<>();

        void add(String id) {
            values.put(id, new LinkedHashMap<>());
        }

        String key(List<ComponentValue> key) {
            StringBuilder text = new StringBuilder();
            for (String id : values.keySet()) {
                String code = key.stream().filter(v -> v.id().equals(id)).findFirst().map(ComponentValue::value)
                        .orElseThrow();
                text.append(text.length() == 0 ? "" : ":").append(index(id, code));
            }
            return text.toString();
        }

        List<Integer> indices(List<ComponentValue> given) {
            List<Integer> indices = new ArrayList<>();
            for (String id : values.keySet()) {
                indices.add(given.stream().filter(v -> v.id().equals(id)).findFirst()
                        .map(v -> index(id, v.value())).orElse(null));
            }
            return indices;
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
