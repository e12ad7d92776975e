package org.rives.sdmx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

/**
 * The body of an error answer: the SDMX-ML 2.1 error message the standard defines, or, for a client that
 * asked for JSON, an RFC 9457 problem document carrying the same SDMX code.
 */
final class ErrorMessageWriter {

    static final String XML_TYPE = "application/vnd.sdmx.error+xml;version=2.1";
    static final String PROBLEM_TYPE = "application/problem+json";

    private ErrorMessageWriter() {
    }

    static boolean wantsJson(String accept) {
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    static byte[] xml(SdmxError error, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SdmxXml xml = new SdmxXml(bytes)) {
            xml.startMessage("Error", Map.of("com", SdmxXml.COMMON));
            xml.out.writeStartElement(SdmxXml.MESSAGE, "ErrorMessage");
            xml.out.writeAttribute("code", Integer.toString(error.code()));
            xml.localised("Text", Map.of("en", error.title() + ": " + text), null);
            xml.end();
            xml.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an SDMX error message", e);
        }
        return bytes.toByteArray();
    }

    static byte[] problem(SdmxError error, String text) {
        StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":");
        quote(json, error.title());
        json.append(",\"status\":").append(error.status().value()).append(",\"detail\":");
        quote(json, text);
        json.append(",\"sdmxCode\":").append(error.code()).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
