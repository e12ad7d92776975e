package org.rives.sdmx;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streaming SDMX-ML 2.1 writer: the namespaces of the standard, the message header every message
 * starts with, and the localised texts (Name, Description) of nameable artefacts.
 */
final class SdmxXml implements AutoCloseable {

    static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String STRUCTURE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String GENERIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    static final String SPECIFIC = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    final XMLStreamWriter out;

    SdmxXml(OutputStream stream) throws XMLStreamException {
        this.out = FACTORY.createXMLStreamWriter(stream, "UTF-8");
        out.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens the message element and declares the prefixes the message uses. */
    void startMessage(String element, Map<String, String> namespaces) throws XMLStreamException {
        out.setPrefix("mes", MESSAGE);
        namespaces.forEach((prefix, uri) -> {
            try {
                out.setPrefix(prefix, uri);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        out.writeStartElement("mes", element, MESSAGE);
        out.writeNamespace("mes", MESSAGE);
        for (Map.Entry<String, String> namespace : namespaces.entrySet()) {
            out.writeNamespace(namespace.getKey(), namespace.getValue());
        }
    }

    /** ID, Test, Prepared and Sender; the caller adds what its message type puts after them. */
    void startHeader() throws XMLStreamException {
        out.writeStartElement(MESSAGE, "Header");
        text(MESSAGE, "ID", "IREF" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        text(MESSAGE, "Test", "false");
        text(MESSAGE, "Prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        out.writeEmptyElement(MESSAGE, "Sender");
        out.writeAttribute("id", HarmonisedStructure.AGENCY);
    }

    void text(String namespace, String element, String text) throws XMLStreamException {
        out.writeStartElement(namespace, element);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    /** One element per language, {@code xml:lang} set; the id stands in when no text exists at all. */
    void localised(String element, Map<String, String> texts, String fallback) throws XMLStreamException {
        if (texts.isEmpty() && fallback != null) {
            texts = Map.of("en", fallback);
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            out.writeStartElement(COMMON, element);
            out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", text.getKey());
            out.writeCharacters(text.getValue());
            out.writeEndElement();
        }
    }

    /** An unqualified {@code Ref} to a maintainable artefact, as the 2.1 reference types take. */
    void ref(ArtefactRef ref) throws XMLStreamException {
        out.writeEmptyElement("Ref");
        out.writeAttribute("agencyID", ref.agency());
        out.writeAttribute("id", ref.id());
        out.writeAttribute("version", ref.version());
        out.writeAttribute("package", ref.type().urnPackage());
        out.writeAttribute("class", ref.type().urnClass());
    }

    void end() throws XMLStreamException {
        out.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        out.writeEndDocument();
        out.flush();
        out.close();
    }
}
