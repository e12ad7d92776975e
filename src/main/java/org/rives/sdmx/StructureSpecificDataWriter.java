package org.rives.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

/**
 * SDMX-ML 2.1 Structure-specific data: key and attribute values as XML attributes named by component,
 * in the namespace of the dataflow's own schema ({@code schema/dataflow/...} serves it).
 */
final class StructureSpecificDataWriter extends XmlDataWriter {

    StructureSpecificDataWriter(OutputStream stream) {
        super(stream);
    }

    /** The target namespace of the schema of a dataflow for one observation dimension. */
    static String namespace(Dataflow flow, String dimensionAtObservation) {
        return flow.ref().urn() + ":ObsLevelDim:" + dimensionAtObservation;
    }

    @Override
    void startMessage() throws XMLStreamException {
        String namespace = namespace(message.flow(), message.dimensionAtObservation());
        xml.startMessage("StructureSpecificData", Map.of("ss", SdmxXml.SPECIFIC, "com", SdmxXml.COMMON,
                "xsi", SdmxXml.XSI, "ns1", namespace));
        xml.startHeader();
        DataHeaders.structure(xml, message, namespace);
        xml.end();
    }

    @Override
    public void startDataSet(DataSetKind kind) throws IOException {
        io(() -> {
            xml.out.writeStartElement(SdmxXml.MESSAGE, "DataSet");
            xml.out.writeAttribute(SdmxXml.SPECIFIC, "structureRef", message.structureId());
            xml.out.writeAttribute(SdmxXml.SPECIFIC, "dataScope", "Dataflow");
            xml.out.writeAttribute(SdmxXml.SPECIFIC, "action", kind.action());
            xml.out.writeAttribute(SdmxXml.XSI, "type", "ns1:DataSetType");
        });
    }

    @Override
    public void startSeries(List<ComponentValue> key, List<ComponentValue> attributes) throws IOException {
        io(() -> {
            xml.out.writeStartElement("Series");
            attributes(key);
            attributes(attributes);
        });
    }

    @Override
    public void observation(List<ComponentValue> key, String value, List<ComponentValue> attributes)
            throws IOException {
        io(() -> {
            xml.out.writeEmptyElement("Obs");
            attributes(key);
            if (value != null) {
                xml.out.writeAttribute(HarmonisedStructure.OBS_VALUE, value);
            }
            attributes(attributes);
        });
    }

    private void attributes(List<ComponentValue> values) throws XMLStreamException {
        for (ComponentValue value : values) {
            xml.out.writeAttribute(value.id(), value.value());
        }
    }
}
