package org.rives.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    private final SdmxJsonStructure levels = new SdmxJsonStructure();
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
}
