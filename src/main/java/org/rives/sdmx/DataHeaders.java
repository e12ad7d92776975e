package org.rives.sdmx;

import javax.xml.stream.XMLStreamException;

/** The {@code Structure} element of a data message header: which dataflow, and what is at observation level. */
final class DataHeaders {

    private DataHeaders() {
    }

    /** Writes the header's structure; {@code namespace} is given for structure-specific messages only. */
    static void structure(SdmxXml xml, DataMessage message, String namespace) throws XMLStreamException {
        xml.out.writeStartElement(SdmxXml.MESSAGE, "Structure");
        xml.out.writeAttribute("structureID", message.structureId());
        if (namespace != null) {
            xml.out.writeAttribute("namespace", namespace);
        }
        xml.out.writeAttribute("dimensionAtObservation", message.dimensionAtObservation());
        xml.out.writeStartElement(SdmxXml.COMMON, "StructureUsage");
        xml.ref(message.flow().ref());
        xml.end();
        xml.end();
    }
}
