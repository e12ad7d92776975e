package org.rives.connector.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.rives.connector.FeedFormatException;

/**
 * A workbook's shared strings: the texts its cells refer to by number. A cell may refer to any of them,
 * so they are held while the sheet is read, compactly (UTF-8 in blocks of 1 MB, one {@code int} per
 * string) and within limits: {@value #MAX_STRINGS} strings and {@value #MAX_BYTES} bytes of text, about
 * 80 MB of heap at the very most. A sheet of a million rows each labelled by its own text needs some
 * 12 MB; UN DESA's migrant stock workbook, the largest a connector reads, has 650 strings. A workbook
 * beyond the limits is refused.
 */
final class XlsxSharedStrings {

    static final int MAX_STRINGS = 4_000_000;
    static final long MAX_BYTES = 64L << 20;

    private static final int BLOCK_BITS = 20;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** Each string's length, before its bytes: a cell's 32,767 characters are at most 98,301 bytes. */
    private static final int LENGTH_BYTES = 3;

    /** Strings decoded lately, by index: labels repeat down a sheet (a country name on every row). */
    private static final int RECENT = 256;

    private final List<byte[]> blocks = new ArrayList<>();
    private final int[] recentIndex = new int[RECENT];
    private final String[] recent = new String[RECENT];
    private int[] starts = new int[256];
    private int size;
    private int used = BLOCK;
    private long bytes;

    private XlsxSharedStrings() {
    }

    /** The workbook's shared strings; none when it has no such part. */
    static XlsxSharedStrings read(XlsxPackage workbook) throws FeedFormatException, IOException {
        XlsxSharedStrings strings = new XlsxSharedStrings();
        String part = workbook.sharedStrings();
        if (part != null) {
            try (InputStream in = workbook.part(part)) {
                strings.read(XlsxXml.open(in, part), part);
            }
        }
        return strings;
    }

    private void read(XMLStreamReader xml, String part) throws FeedFormatException {
        for (int event = xml.getEventType(); event != XMLStreamConstants.END_DOCUMENT; event = XlsxXml.next(xml, part)) {
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                if (size == MAX_STRINGS) {
                    throw beyond(part, "more than " + count(MAX_STRINGS) + " strings");
                }
                add(XlsxXml.text(xml, part, true, new XlsxXml.Place(0, 0, part + ", string " + size)), part);
            }
        }
    }

    private void add(String text, String part) throws FeedFormatException {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        int need = LENGTH_BYTES + encoded.length;
        bytes += need;
        if (bytes > MAX_BYTES) {
            throw beyond(part, "more than " + count(MAX_BYTES) + " bytes of text");
        }
        if (used + need > BLOCK) {
            blocks.add(new byte[BLOCK]);
            used = 0;
        }
        byte[] block = blocks.get(blocks.size() - 1);
        block[used] = (byte) (encoded.length >>> 16);
        block[used + 1] = (byte) (encoded.length >>> 8);
        block[used + 2] = (byte) encoded.length;
        System.arraycopy(encoded, 0, block, used + LENGTH_BYTES, encoded.length);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, Math.min(MAX_STRINGS, size * 2));
        }
        starts[size++] = (blocks.size() - 1) << BLOCK_BITS | used;
        used += need;
    }

    private static FeedFormatException beyond(String part, String what) {
        return new FeedFormatException(0, 0, part + ": the workbook's shared strings hold " + what + "; Rives holds "
                + "at most " + count(MAX_STRINGS) + " strings and " + count(MAX_BYTES) + " bytes of text while it "
                + "reads a sheet");
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    int size() {
        return size;
    }

    /** The string at a cell's index, or null when the workbook has no such string. */
    String get(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        int slot = index & (RECENT - 1);
        if (recentIndex[slot] == index && recent[slot] != null) {
            return recent[slot];
        }
        byte[] block = blocks.get(starts[index] >>> BLOCK_BITS);
        int at = starts[index] & (BLOCK - 1);
        int length = (block[at] & 0xff) << 16 | (block[at + 1] & 0xff) << 8 | block[at + 2] & 0xff;
        String text = new String(block, at + LENGTH_BYTES, length, StandardCharsets.UTF_8);
        recentIndex[slot] = index;
        recent[slot] = text;
        return text;
    }
}
