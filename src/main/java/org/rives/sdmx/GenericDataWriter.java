package org.rives.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

/** SDMX-ML 2.1 Generic data: every key and attribute value as an id/value pair, readable without the DSD. */
final class GenericDataWriter extends XmlDataWriter {

    GenericDataWriter(OutputStream stream) {
        super(stream);
    }

    @Override
    void startMessage() throws XMLStreamException {
        xml.startMessage("GenericData", Map.of("gen", SdmxXml.GENERIC, "com", SdmxXml.COMMON));
        xml.startHeader();
        DataHeaders.structure(xml, message, null);
        xml.end();
    }

    @Override
    public void startDataSet(DataSetKind kind) throws IOException {
        io(() -> {
            xml.out.writeStartElement(SdmxXml.MESSAGE, "DataSet");
            xml.out.writeAttribute("structureRef", message.structureId());
            xml.out.writeAttribute("action", kind.action());
        });
    }

    @Override
    public void startSeries(List<ComponentValue> key, List<ComponentValue> attributes) throws IOException {
        io(() -> {
            xml.out.writeStartElement(SdmxXml.GENERIC, "Series");
            values("SeriesKey", key);
            values("Attributes", attributes);
        });
    }

    @Override
    public void observation(List<ComponentValue> key, String value, List<ComponentValue> attributes)
            throws IOException {
        io(() -> {
            xml.out.writeStartElement(SdmxXml.GENERIC, "Obs");
            if (message.flat()) {
                values("ObsKey", key);
            } else {
                xml.out.writeEmptyElement(SdmxXml.GENERIC, "ObsDimension");
                xml.out.writeAttribute("value", key.get(0).value());
            }
            if (value != null) {
                xml.out.writeEmptyElement(SdmxXml.GENERIC, "ObsValue");
                xml.out.writeAttribute("value", value);
            }
            values("Attributes", attributes);
            xml.end();
        });
    }

    private void values(String element, List<ComponentValue> values) throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        xml.out.writeStartElement(SdmxXml.GENERIC, element);
        for (ComponentValue value : values) {
            xml.out.writeEmptyElement(SdmxXml.GENERIC, "Value");
            xml.out.writeAttribute("id", value.id());
            xml.out.writeAttribute("value", value.value());
        }
        xml.end();
    }
}
