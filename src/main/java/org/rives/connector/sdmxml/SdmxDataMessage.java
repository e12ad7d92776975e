package org.rives.connector.sdmxml;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rives.connector.FeedFormatException;
import org.rives.connector.ObservationSink;
import org.rives.connector.cell.CellConventions;

/**
 * Streams one SDMX-ML 2.1 data message to a sink, observation by observation: structure-specific data (key
 * and attribute values as XML attributes named by component) and generic data ({@code SeriesKey/Value},
 * {@code ObsDimension}, {@code ObsValue}), series or flat ({@code dimensionAtObservation=AllDimensions}).
 * The dimensions, in key order, then the attributes are the columns; OBS_STATUS is also the flag. In a data
 * set whose action is Delete, each observation named is passed on as withdrawn.
 */
final class SdmxDataMessage {

    static final String STATUS = "OBS_STATUS";
    private static final Set<String> DATA_MESSAGES = Set.of("StructureSpecificData", "GenericData",
            "StructureSpecificTimeSeriesData", "GenericTimeSeriesData");

    private final XMLStreamReader xml;
    private final SdmxStructure structure;
    private final ObservationSink sink;
    private final Map<String, Integer> columns = new HashMap<>();
    private final String[] series;
    private final String[] row;
    private boolean deleting;
    private boolean inSeries;
    private int seriesObservations;
    private long seriesLine;
    private int seriesColumn;
    private String period;
    private String value;
    private boolean inObs;
    private String seriesProblem;
    private String obsProblem;
    private long obsLine;
    private int obsColumn;

    SdmxDataMessage(XMLStreamReader xml, SdmxStructure structure, ObservationSink sink) {
        this.xml = xml;
        this.structure = structure;
        this.sink = sink;
        List<String> names = structure.columns();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i), i);
        }
        this.series = new String[names.size()];
        this.row = new String[names.size()];
    }

    void read() throws FeedFormatException {
        try {
            root();
            sink.columns(structure.columns().toArray(String[]::new), new int[series.length], CellConventions.DEFAULTS);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
        } catch (XMLStreamException e) {
            throw SdmxXmlInput.translate(e);
        }
    }

    /** The root element says which message this is; an error message says why there is no data. */
    private void root() throws XMLStreamException, FeedFormatException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog and comments
        }
        if (!xml.isStartElement()) {
            throw new FeedFormatException(0, 0, "the file is empty");
        }
        String name = xml.getLocalName();
        if (name.equals("Error")) {
            long line = line();
            int column = column();
            throw new FeedFormatException(line, column, "the service answered an SDMX error message: " + text());
        }
        if (!DATA_MESSAGES.contains(name)) {
            throw new FeedFormatException(line(), column(), "not an SDMX-ML 2.1 data message: the root element is "
                    + name);
        }
    }

    /** The text of the current element and all within it, spaces folded. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0 && xml.hasNext();) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && text.length() < 2000) {
                text.append(' ').append(xml.getText());
            }
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }

    private void start(String name) {
        switch (name) {
            case "DataSet" -> deleting = "Delete".equalsIgnoreCase(SdmxXmlInput.attribute(xml, "action"));
            case "Series" -> startSeries();
            case "Obs" -> startObservation();
            case "Value" -> put(xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "value"));
            case "ObsDimension" -> period = xml.getAttributeValue(null, "value");
            case "ObsValue" -> value = xml.getAttributeValue(null, "value");
            default -> {
            }
        }
    }

    private void end(String name) {
        if (name.equals("Series")) {
            if (deleting && seriesObservations == 0) {
                sink.rowRead();
                sink.reject(seriesLine, seriesColumn, "the Delete data set names a whole series; Rives withdraws "
                        + "only the observations a message names");
            } else if (seriesObservations == 0 && seriesProblem != null) {
                sink.rowRead();
                sink.reject(seriesLine, seriesColumn, seriesProblem);
            }
            inSeries = false;
        } else if (name.equals("Obs")) {
            emit();
            inObs = false;
        }
    }

    private void startSeries() {
        inSeries = true;
        seriesObservations = 0;
        seriesLine = line();
        seriesColumn = column();
        seriesProblem = null;
        Arrays.fill(series, "");
        attributes();
    }

    private void startObservation() {
        inObs = true;
        seriesObservations++;
        obsLine = line();
        obsColumn = column();
        period = null;
        value = null;
        obsProblem = null;
        if (inSeries) {
            System.arraycopy(series, 0, row, 0, row.length);
        } else {
            Arrays.fill(row, "");
        }
        attributes();
    }

    /** The current element's unqualified XML attributes: the component values of structure-specific data. */
    private void attributes() {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (namespace == null || namespace.isEmpty()) { // xsi:type and the like are not components
                put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
        }
    }

    /** A component's value: of the observation inside {@code Obs}, else of the series. */
    private void put(String component, String code) {
        if (component == null || code == null) {
            return;
        }
        if (component.equals(structure.time())) {
            period = code;
            return;
        }
        if (component.equals(structure.measure())) {
            value = code;
            return;
        }
        Integer at = columns.get(component);
        String trouble = at == null ? "component " + component + " is not in the structure " + structure.id()
                : unknownCode(component, code);
        if (trouble != null && inObs) {
            obsProblem = obsProblem == null ? trouble : obsProblem;
        } else if (trouble != null) {
            seriesProblem = seriesProblem == null ? trouble : seriesProblem;
        }
        if (at != null) {
            (inObs ? row : series)[at] = code;
        }
    }

    private String unknownCode(String component, String code) {
        Set<String> allowed = structure.codes().get(component);
        return allowed == null || code.isEmpty() || allowed.contains(code) ? null : component + " \"" + code
                + "\" is not a code of its codelist in the structure " + structure.id();
    }

    private void emit() {
        sink.rowRead();
        String problem = obsProblem != null ? obsProblem : inSeries ? seriesProblem : null;
        if (problem != null) {
            sink.reject(obsLine, obsColumn, problem);
        } else if (period == null || period.isBlank()) {
            sink.reject(obsLine, obsColumn, "the observation has no " + structure.time());
        } else if (deleting) {
            sink.withdrawn(sink.series(row), obsLine, obsColumn, period);
        } else {
            Integer status = columns.get(STATUS);
            String flag = status == null || row[status].isEmpty() ? null : row[status];
            sink.observation(sink.series(row), obsLine, obsColumn, period, cell(value), flag);
        }
    }

    /** SDMX writes a missing value as NaN, or leaves OBS_VALUE out. */
    private static String cell(String value) {
        return value == null || value.equals("NaN") ? "" : value;
    }

    private long line() {
        return Math.max(0, xml.getLocation().getLineNumber());
    }

    private int column() {
        return Math.max(0, xml.getLocation().getColumnNumber());
    }
}
