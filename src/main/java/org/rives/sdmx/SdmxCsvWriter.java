package org.rives.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rives.api.CsvFormulaGuard;

/**
 * SDMX-CSV, one row per observation: version 1.0 (a DATAFLOW column) or 2.0 (STRUCTURE, STRUCTURE_ID and
 * ACTION, so that an {@code updatedAfter} answer can mark deleted observations with D). With
 * {@code labels=both} each header and code cell reads {@code ID: name}. Cells go through the API's
 * {@link CsvFormulaGuard}, as every CSV Rives writes.
 */
final class SdmxCsvWriter implements DataWriter {

    private final OutputStream stream;
    private final boolean version2;
    private final BiFunction<String, String, String> label;
    private final List<String> columns = new ArrayList<>();
    private CSVPrinter printer;
    private DataMessage message;
    private String action;
    private final Map<String, String> current = new HashMap<>();
    private boolean seriesHadObservation;

    /** {@code label} names a code of a component (null when only ids are asked for). */
    SdmxCsvWriter(OutputStream stream, boolean version2, BiFunction<String, String, String> label) {
        this.stream = stream;
        this.version2 = version2;
        this.label = label;
        HarmonisedStructure.DIMENSIONS.forEach(d -> columns.add(d.id()));
        columns.add(HarmonisedStructure.TIME_PERIOD);
        columns.add(HarmonisedStructure.OBS_VALUE);
        HarmonisedStructure.ATTRIBUTES.forEach(a -> columns.add(a.id()));
    }

    @Override
    public void start(DataMessage message) throws IOException {
        this.message = message;
        printer = new CSVPrinter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        List<String> header = new ArrayList<>(version2 ? List.of("STRUCTURE", "STRUCTURE_ID", "ACTION")
                : List.of("DATAFLOW"));
        columns.forEach(column -> header.add(label == null ? column : column + ": " + label.apply(null, column)));
        printer.printRecord(header);
    }

    @Override
    public void startDataSet(DataSetKind kind) {
        action = switch (kind) {
            case CURRENT -> "I";
            case CHANGED_SINCE -> "R";
            case DELETED_SINCE -> "D";
        };
    }

    @Override
    public void startSeries(List<ComponentValue> key, List<ComponentValue> attributes) {
        current.clear();
        put(key);
        put(attributes);
        seriesHadObservation = false;
    }

    @Override
    public void observation(List<ComponentValue> key, String value, List<ComponentValue> attributes)
            throws IOException {
        Map<String, String> seriesValues = new HashMap<>(current);
        put(key);
        put(attributes);
        current.put(HarmonisedStructure.OBS_VALUE, value);
        print();
        current.clear();
        current.putAll(seriesValues);
        seriesHadObservation = true;
    }

    @Override
    public void endSeries() throws IOException {
        if (!seriesHadObservation) {
            print(); // serieskeysonly or nodata: the series itself is the row
        }
        current.clear();
    }

    @Override
    public void endDataSet() {
        action = null;
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    private void put(List<ComponentValue> values) {
        values.forEach(v -> current.put(v.id(), v.value()));
    }

    private void print() throws IOException {
        List<String> row = new ArrayList<>();
        String structure = message.flow().ref().shortUrn();
        if (version2) {
            row.addAll(List.of("dataflow", structure, action));
        } else {
            row.add(structure);
        }
        for (String column : columns) {
            String value = current.get(column);
            String name = value == null || label == null ? null : label.apply(column, value);
            row.add(value == null ? "" : name == null ? value : value + ": " + name);
        }
        printer.printRecord(CsvFormulaGuard.row(row)); // a publisher's attribute text is never run as a formula
    }
}
