package org.rives.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.rives.store.Database;
import org.rives.store.ObservationFilter;
import org.rives.store.StoreException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes one query's observations to a temporary Parquet file, for the server to stream and delete. The
 * files live in a folder of their own, removed when the server stops (and any a client left unread, after
 * an hour); a download larger than {@code rives.export.max-rows} is refused before anything is written.
 */
@Component
public class ParquetDownloads implements DisposableBean {

    private final Database database;
    private final ExportProperties properties;
    private final Semaphore writers;
    private final Path folder;

    ParquetDownloads(Database database, ExportProperties properties) throws IOException {
        this.database = database;
        this.properties = properties;
        this.writers = new Semaphore(properties.concurrentDownloads());
        this.folder = Files.createTempDirectory("rives-parquet-");
    }

    /** The observations matching the filter, as one Parquet file the caller must delete. */
    public Path write(ObservationFilter filter) throws IOException, InterruptedException {
        if (!writers.tryAcquire(10, TimeUnit.SECONDS)) {
            throw new DownloadsBusyException(properties.concurrentDownloads());
        }
        sweepAbandoned();
        Path file = folder.resolve("observations-" + UUID.randomUUID() + ".parquet");
        try (Database.ReadConnection read = database.read()) {
            LongTableQuery query = LongTableQuery.of(filter);
            return Snapshot.read(read.connection(), () -> {
                refuseTooMany(query, read);
                try (PreparedStatement copy = query.copyTo(read.connection(), file, "FORMAT parquet, COMPRESSION zstd")) {
                    copy.execute();
                }
                return file;
            });
        } catch (SQLException e) {
            Files.deleteIfExists(file);
            throw new StoreException("cannot write the Parquet download: " + e.getMessage(), e);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        } finally {
            writers.release();
        }
    }

    private void refuseTooMany(LongTableQuery query, Database.ReadConnection read) throws SQLException {
        try (PreparedStatement count = query.count(read.connection()); ResultSet rs = count.executeQuery()) {
            rs.next();
            long rows = rs.getLong(1);
            if (rows > properties.maxRows()) {
                throw new IllegalArgumentException("the query matches " + rows + " observations, more than one "
                        + "download gives (" + properties.maxRows() + ", rives.export.max-rows): narrow it "
                        + "(indicator, area, from, to), or export everything with rives export --parquet DIR");
            }
        }
    }

    /** A download whose client never read it (or a HEAD request) leaves its file: gone after an hour. */
    private void sweepAbandoned() throws IOException {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path stale : files.filter(f -> modified(f).isBefore(hourAgo)).toList()) {
                Files.deleteIfExists(stale);
            }
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // already deleted by its download
        }
    }

    /** Where the temporary files are written. */
    Path folder() {
        return folder;
    }

    @Override
    public void destroy() {
        ParquetExport.deleteTree(folder);
    }

    /** Every download slot was taken for the whole wait. */
    static final class DownloadsBusyException extends RuntimeException {
        DownloadsBusyException(int slots) {
            super("the server is writing " + slots + " Parquet downloads already; try again in a minute");
        }
    }
}
