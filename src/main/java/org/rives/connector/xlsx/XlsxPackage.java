package org.rives.connector.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.rives.connector.FeedFormatException;

/**
 * A workbook as the zip of XML parts it is (Office Open XML): which parts hold the sheets and the
 * shared strings, found through the package's relationships, and each part opened for streaming.
 * Before anything is read, every XML part is checked for a document type declaration, which no
 * spreadsheet writes and which is how entity expansion and external entities get in: one is refused,
 * naming the part.
 */
final class XlsxPackage implements AutoCloseable {

    /** A worksheet: its name as the workbook shows it, and the part that holds it. */
    record SheetPart(String name, String part) {
    }

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String SHARED_STRINGS = "/sharedStrings";

    private final ZipFile zip;
    private final String workbook;
    private final Map<String, String[]> relationships;

    private XlsxPackage(ZipFile zip) throws FeedFormatException, IOException {
        this.zip = zip;
        this.workbook = target(relationships("_rels/.rels", ""), OFFICE_DOCUMENT, "xl/workbook.xml");
        this.relationships = relationships(relsOf(workbook), folderOf(workbook));
    }

    /** Opens the workbook and refuses it if any XML part declares a document type. */
    static XlsxPackage open(Path file) throws FeedFormatException, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new FeedFormatException(0, 0, "not an XLSX workbook: the file is not a zip archive, which a "
                    + "workbook is (" + e.getMessage() + ")");
        }
        try {
            refuseDocumentTypes(zip);
            return new XlsxPackage(zip);
        } catch (FeedFormatException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void refuseDocumentTypes(ZipFile zip) throws FeedFormatException, IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))) {
                continue;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = XlsxXml.open(in, entry.getName());
                int event = xml.getEventType();
                while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_DOCUMENT) {
                    event = XlsxXml.next(xml, entry.getName()); // a DOCTYPE comes before the first element
                }
            }
        }
    }

    /** The worksheets in the workbook's order. */
    List<SheetPart> sheets() throws FeedFormatException, IOException {
        List<SheetPart> sheets = new ArrayList<>();
        elements(workbook, "sheet", xml -> {
            String id = relationshipId(xml);
            String[] target = id == null ? null : relationships.get(id);
            if (target != null) {
                sheets.add(new SheetPart(xml.getAttributeValue(null, "name"), target[1]));
            }
        });
        return sheets;
    }

    /** The shared strings part, or null when the workbook has none. */
    String sharedStrings() {
        return target(relationships, SHARED_STRINGS, null);
    }

    /** A part to stream; the caller closes it. */
    InputStream part(String name) throws FeedFormatException, IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new FeedFormatException(0, 0, "the workbook names a part " + name + " that it does not hold");
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Relationship id to {type, target part} from a {@code .rels} part; empty when there is none. */
    private Map<String, String[]> relationships(String rels, String folder) throws FeedFormatException, IOException {
        Map<String, String[]> found = new HashMap<>();
        if (zip.getEntry(rels) == null) {
            return found;
        }
        elements(rels, "Relationship", xml -> {
            String target = xml.getAttributeValue(null, "Target");
            if (target != null && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                found.put(xml.getAttributeValue(null, "Id"),
                        new String[] {String.valueOf(xml.getAttributeValue(null, "Type")), resolve(folder, target)});
            }
        });
        return found;
    }

    private static String target(Map<String, String[]> relationships, String typeEnding, String otherwise) {
        return relationships.values().stream().filter(r -> r[0].endsWith(typeEnding)).map(r -> r[1]).findFirst()
                .orElse(otherwise);
    }

    /** Calls {@code each} on every element of that local name in the part, in document order. */
    private void elements(String part, String local, Consumer<XMLStreamReader> each)
            throws FeedFormatException, IOException {
        try (InputStream in = part(part)) {
            XMLStreamReader xml = XlsxXml.open(in, part);
            for (int event = xml.getEventType(); event != XMLStreamConstants.END_DOCUMENT;
                 event = XlsxXml.next(xml, part)) {
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(local)) {
                    each.accept(xml);
                }
            }
        }
    }

    /** The {@code r:id} of a sheet element, whichever relationships namespace (transitional or strict). */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && !namespace.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String relsOf(String part) {
        return folderOf(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
    }

    private static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /** A relationship's target as a part name: relative to the source's folder, or absolute from the root. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }
}
