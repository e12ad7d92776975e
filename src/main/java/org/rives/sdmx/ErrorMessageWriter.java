package org.rives.sdmx;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The body of an error answer: the SDMX-ML 2.1 error message the standard defines, or, for a client that
 * asked for JSON, an RFC 9457 problem document carrying the same SDMX code.
 */
final class ErrorMessageWriter {

    static final String XML_TYPE = "application/vnd.sdmx.error+xml;version=2.1";
    static final String PROBLEM_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorMessageWriter() {
    }

    static boolean wantsJson(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
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
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", error.title());
        problem.put("status", error.status().value());
        problem.put("detail", text);
        problem.put("sdmxCode", error.code());
        return JSON.writeValueAsBytes(problem);
    }
}
