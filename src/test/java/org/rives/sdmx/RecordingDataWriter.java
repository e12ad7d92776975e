package org.rives.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A data writer that records what it is given as lines of text, for tests of the data path. */
final class RecordingDataWriter implements DataWriter {

    final List<String> lines = new ArrayList<>();
    private String dataSet;
    private String series = "";

    @Override
    public void start(DataMessage message) {
        lines.add("message " + message.flow().ref().id() + " " + message.dimensionAtObservation());
    }

    @Override
    public void startDataSet(DataSetKind kind) {
        dataSet = kind.action();
    }

    @Override
    public void startSeries(List<ComponentValue> key, List<ComponentValue> attributes) {
        series = text(key);
        lines.add(dataSet + " series " + series + (attributes.isEmpty() ? "" : " " + text(attributes)));
    }

    @Override
    public void observation(List<ComponentValue> key, String value, List<ComponentValue> attributes) {
        lines.add(dataSet + " obs " + series + " " + text(key) + " = " + value
                + (attributes.isEmpty() ? "" : " " + text(attributes)));
    }

    @Override
    public void endSeries() {
        series = "";
    }

    @Override
    public void endDataSet() {
        dataSet = null;
    }

    @Override
    public void finish() {
        lines.add("end");
    }

    private static String text(List<ComponentValue> values) {
        return values.stream().map(v -> v.id() + "=" + v.value()).collect(Collectors.joining(","));
    }
}
