package org.rives.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A fingerprint of the connector folder: each {@code *.yaml} file's name and a checksum of its bytes (the files
 * are small; a modification time alone can miss an edit made within its resolution). Two equal fingerprints
 * mean no connector was added, removed or edited in between.
 */
final class ConnectorFiles {

    private ConnectorFiles() {
    }

    static List<String> fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(ConnectorFiles::describe).toList();
        } catch (IOException e) {
            return List.of("unreadable: " + e.getMessage());
        }
    }

    private static String describe(Path file) {
        try {
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return file.getFileName() + " " + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return file.getFileName() + " unreadable";
        }
    }
}
