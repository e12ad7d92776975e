package org.rives.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.rives.connector.ConnectorRegistry;
import org.rives.connector.FeedReaders;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.CatalogueLoader;
import org.rives.store.Database;
import org.rives.store.LoadListener;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.rives.store.ObservationQueries;
import org.rives.store.RawArchive;

/**
 * A real Rives pipeline on a temporary DuckDB file, wired as the application wires it, with the
 * repository's own connectors (or another folder's).
 */
public final class TestStore implements AutoCloseable {

    public static final Path REPO = Path.of("").toAbsolutePath();
    private static final Catalogue CATALOGUE = CatalogueLoader.load();

    public final Path dir;
    public final Database database;
    public final ConnectorRegistry connectors;
    public final LoadService loads;
    public final ObservationQueries queries;

    public TestStore(Path dir) {
        this(dir, REPO.resolve("connectors"));
    }

    public TestStore(Path dir, Path connectorsDir) {
        this.dir = dir;
        this.database = new Database(dir.resolve("rives.duckdb"), 2);
        this.connectors = new ConnectorRegistry(connectorsDir);
        this.loads = new LoadService(connectors, FeedReaders.discovered(), CATALOGUE, database,
                new RawArchive(dir.resolve("raw")), LoadListener.NONE);
        this.queries = new ObservationQueries(database);
    }

    /** A new temporary folder, for tests whose store must exist before the Spring context starts. */
    public static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalogue catalogue() {
        return CATALOGUE;
    }

    public LoadReport load(String connector, Path file) {
        try {
            return loads.load(LoadRequest.of(connector, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LoadReport dryRun(String connector, Path file) {
        try {
            return loads.load(LoadRequest.of(connector, file).asDryRun());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes text to a file in the test folder, in the given encoding, and returns its path. */
    public Path file(String name, String content, java.nio.charset.Charset charset) {
        try {
            Path path = dir.resolve(name);
            Files.write(path, content.getBytes(charset));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a query, as tab-joined text; for checking what the store holds. */
    public List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        try (Database.ReadConnection read = database.read();
             Statement statement = read.connection().createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "\t" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** A fingerprint of everything the store holds about figures: compare before and after a failed load. */
    public List<String> figures() {
        return rows("SELECT series_id, time_period, obs_value, obs_status, obs_flags, load_id, superseded_by "
                + "FROM observation ORDER BY ALL");
    }

    @Override
    public void close() {
        database.close();
    }
}
