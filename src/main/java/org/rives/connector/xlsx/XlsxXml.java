package org.rives.connector.xlsx;

import java.io.InputStream;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rives.connector.FeedFormatException;

/**
 * The XML of a workbook's parts, read with the JDK's streaming parser with every way out closed: no
 * document type, no entity, nothing fetched from outside. A part that declares a DOCTYPE is refused
 * before anything else is read ({@link XlsxPackage}); these settings make sure that even a part never
 * checked could not expand an entity or read a file.
 */
final class XlsxXml {

    /** Characters in one cell or shared string: a spreadsheet holds at most 32,767. */
    static final int MAX_CELL = 32_767;

    private static final XMLInputFactory FACTORY = factory();

    private XlsxXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    static XMLStreamReader open(InputStream in, String part) throws FeedFormatException {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    /** Moves on, refusing a document type wherever one appears. */
    static int next(XMLStreamReader xml, String part) throws FeedFormatException {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw doctype(part, xml.getLocation());
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    /** Where a text is, for the report: a cell of the sheet, or a part of the workbook. */
    record Place(long line, int column, String what) {
    }

    /**
     * The text of the current element up to its end: all of it ({@code <v>}), or, for a rich text
     * ({@code <si>}, {@code <is>}), only what its {@code <t>} elements hold, phonetic runs ({@code <rPh>})
     * left out. Refused beyond {@link #MAX_CELL} characters.
     */
    static String text(XMLStreamReader xml, String part, boolean rich, Place place) throws FeedFormatException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int phonetic = 0;
        int inT = rich ? 0 : 1;
        while (depth > 0) {
            int event = next(xml, part);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                phonetic += phonetic > 0 || xml.getLocalName().equals("rPh") ? 1 : 0;
                inT += rich && xml.getLocalName().equals("t") ? 1 : 0;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                phonetic -= phonetic > 0 ? 1 : 0;
                inT -= rich && xml.getLocalName().equals("t") ? 1 : 0;
            } else if (phonetic == 0 && inT > 0 && isText(event)) {
                if (text.length() + xml.getTextLength() > MAX_CELL) {
                    throw new FeedFormatException(place.line(), place.column(), place.what() + " holds more than "
                            + String.format(Locale.ROOT, "%,d", MAX_CELL) + " characters, more than a spreadsheet "
                            + "cell can");
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new FeedFormatException(place.line(), place.column(), part + " ends inside " + place.what());
            }
        }
        return text.toString();
    }

    /** Skips the current element and everything in it. */
    static void skip(XMLStreamReader xml, String part) throws FeedFormatException {
        int depth = 1;
        while (depth > 0) {
            int event = next(xml, part);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new FeedFormatException(0, 0, part + " ends inside an element");
            }
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    static FeedFormatException doctype(String part, Location at) {
        return new FeedFormatException(0, 0, part + ":" + at.getLineNumber() + ": the workbook part declares a "
                + "document type (DOCTYPE); a workbook never needs one, and one can expand entities or read files on "
                + "this server, so the workbook is refused");
    }

    static FeedFormatException malformed(String part, XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? part : part + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
        String message = e.getMessage();
        int detail = message == null ? -1 : message.indexOf("Message: ");
        return new FeedFormatException(0, 0, where + ": not well-formed XML"
                + (detail < 0 ? "" : ": " + message.substring(detail + "Message: ".length())));
    }
}
