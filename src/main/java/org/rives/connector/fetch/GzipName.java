package org.rives.connector.fetch;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The original file name a gzip header may carry (RFC 1952, FNAME), as Eurostat's bulk files do
 * ({@code ert_bil_eur_m.tsv}); {@link java.util.zip.GZIPInputStream} reads past it without telling.
 */
final class GzipName {

    private static final int FEXTRA = 4;
    private static final int FNAME = 8;

    private GzipName() {
    }

    /** The name, or null when the header names none or the file is not a gzip. */
    static String of(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] header = new byte[10];
            if (in.read(header) != 10 || (header[0] & 0xff) != 0x1f || (header[1] & 0xff) != 0x8b) {
                return null;
            }
            int flags = header[3];
            if ((flags & FEXTRA) != 0) {
                int length = (in.readUnsignedByte()) | (in.readUnsignedByte() << 8);
                in.skipNBytes(length);
            }
            return (flags & FNAME) == 0 ? null : zeroTerminated(in);
        }
    }

    private static String zeroTerminated(InputStream in) throws IOException {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && name.size() < 1024; b = in.read()) {
            name.write(b);
        }
        String text = name.toString(StandardCharsets.ISO_8859_1); // RFC 1952: FNAME is ISO 8859-1
        return text.isBlank() ? null : text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1);
    }
}
