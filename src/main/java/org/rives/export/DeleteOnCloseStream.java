package org.rives.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary file's bytes, read once: closing the stream deletes the file. */
final class DeleteOnCloseStream extends FilterInputStream {

    private final Path file;

    DeleteOnCloseStream(Path file) throws IOException {
        super(Files.newInputStream(file));
        this.file = file;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
