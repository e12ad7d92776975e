package org.rives.connector.sdmxml;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rives.connector.FeedFormatException;
import org.rives.connector.ReadCancelledException;

/**
 * Opens SDMX-ML with the JDK's own StAX parser, whatever other provider is on the class path (aalto breaks
 * sdmx-dl), and without DTDs or external entities: a publisher's message may name nothing outside itself.
 */
final class SdmxXmlInput {

    private static final XMLInputFactory FACTORY = factory();

    private SdmxXmlInput() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    static XMLStreamReader open(InputStream input) throws FeedFormatException {
        try {
            return FACTORY.createXMLStreamReader(input);
        } catch (XMLStreamException e) {
            throw translate(e);
        }
    }

    /** A parse error, where the parser says it is; a cancelled load stays cancelled. */
    static FeedFormatException translate(XMLStreamException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ReadCancelledException cancelled) {
                throw cancelled;
            }
        }
        long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int detail = message.indexOf("Message: ");
        return new FeedFormatException(line, column, "not well-formed SDMX-ML: "
                + (detail >= 0 ? message.substring(detail + 9) : message));
    }

    /** The attribute of the current element with this local name, whatever its namespace, or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
