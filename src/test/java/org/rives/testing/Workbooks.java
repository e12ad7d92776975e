package org.rives.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written part by part, as a hostile or broken file would be: the few parts a reader needs,
 * each of which a test may replace.
 */
public final class Workbooks {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> parts = new LinkedHashMap<>();

    private Workbooks() {
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
    }

    /** A workbook whose one sheet, "Data", holds these rows ({@code <row>} elements). */
    public static Workbooks withRows(String rows) {
        Workbooks workbook = new Workbooks();
        workbook.parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
        return workbook;
    }

    /** Its shared strings, each {@code <si>} given whole. */
    public Workbooks sharedStrings(String... items) {
        return part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">"
                + String.join("", items) + "</sst>");
    }

    /** Replaces or adds a part; shared strings are linked from the workbook as a spreadsheet links them. */
    public Workbooks part(String name, String content) {
        parts.put(name, content);
        if (name.equals("xl/sharedStrings.xml")) {
            parts.computeIfPresent("xl/_rels/workbook.xml.rels", (rels, text) -> text.contains("sharedStrings") ? text
                    : text.replace("</Relationships>", "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS
                            + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        }
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
