package org.rives.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The manifest of a written export, read back from the files themselves (not from the query that wrote
 * them), so that its counts and checksums describe what a reader will find.
 */
final class ManifestBuilder {

    private final Connection connection;
    private final Path root;
    private final String files;

    ManifestBuilder(Connection connection, Path root) {
        this.connection = connection;
        this.root = root;
        this.files = "read_parquet(" + LongTableQuery.literal(root.resolve("**").resolve("*.parquet").toString())
                + ", hive_partitioning = true, hive_types = {'indicator': VARCHAR, 'year': INTEGER})";
    }

    ExportManifest build(String version, Instant asOf) throws SQLException, IOException {
        Map<String, List<ExportManifest.DataFile>> dataFiles = dataFiles();
        List<ExportManifest.Partition> partitions = dataFiles.isEmpty() ? List.of() : partitions(dataFiles);
        long rows = partitions.stream().mapToLong(ExportManifest.Partition::rows).sum();
        BigDecimal valueSum = partitions.stream().map(p -> new BigDecimal(p.valueSum()))
                .reduce(BigDecimal.ZERO.setScale(6), BigDecimal::add);
        return new ExportManifest(version, Instant.now().toString(), asOf == null ? null : asOf.toString(),
                lastLoad(asOf), "parquet", List.of(new ExportManifest.Column("indicator", "VARCHAR"),
                        new ExportManifest.Column("year", "INTEGER")), rows, ExportManifest.CHECKSUM,
                valueSum.toPlainString(), dataFiles.isEmpty() ? List.of() : columns(dataFiles),
                dataFiles.isEmpty() ? List.of() : loads(), partitions);
    }

    private List<ExportManifest.Partition> partitions(Map<String, List<ExportManifest.DataFile>> dataFiles)
            throws SQLException {
        List<ExportManifest.Partition> partitions = new ArrayList<>();
        String sql = "SELECT indicator, year, count(*), CAST(" + ExportManifest.CHECKSUM + " AS VARCHAR) FROM " + files
                + " GROUP BY ALL ORDER BY ALL";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Integer year = (Integer) rs.getObject(2);
                String path = "indicator=" + rs.getString(1) + "/year=" + (year == null ? "NULL" : year);
                partitions.add(new ExportManifest.Partition(rs.getString(1), year, path, rs.getLong(3),
                        rs.getString(4), dataFiles.getOrDefault(path, List.of())));
            }
        }
        return partitions;
    }

    /** The data files' columns (the partition columns live in the paths, not in the files). */
    private List<ExportManifest.Column> columns(Map<String, List<ExportManifest.DataFile>> dataFiles)
            throws SQLException {
        String first = root.resolve(dataFiles.values().iterator().next().get(0).path()).toString();
        List<ExportManifest.Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("DESCRIBE SELECT * FROM read_parquet("
                + LongTableQuery.literal(first) + ", hive_partitioning = false)"); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                columns.add(new ExportManifest.Column(rs.getString("column_name"), rs.getString("column_type")));
            }
        }
        return columns;
    }

    private List<ExportManifest.Load> loads() throws SQLException {
        List<ExportManifest.Load> loads = new ArrayList<>();
        String sql = "SELECT l.load_id, l.source, l.file_name, l.sha256, l.finished_at, f.n FROM "
                + "(SELECT load_id, count(*) AS n FROM " + files + " GROUP BY 1) f JOIN load l USING (load_id) ORDER BY 1";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Timestamp committed = rs.getTimestamp(5);
                loads.add(new ExportManifest.Load(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        committed == null ? null : committed.toInstant().toString(), rs.getLong(6)));
            }
        }
        return loads;
    }

    private long lastLoad(Instant asOf) throws SQLException {
        String sql = asOf == null ? "SELECT coalesce(max(load_id), 0) FROM load WHERE status = 'committed'"
                : "SELECT " + LongTableQuery.LAST_LOAD_BEFORE;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (asOf != null) {
                statement.setObject(1, Timestamp.from(asOf));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every data file with its size and SHA-256, by the partition folder it sits in. */
    private Map<String, List<ExportManifest.DataFile>> dataFiles() throws IOException {
        Map<String, List<ExportManifest.DataFile>> byPartition = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String partition = relative.substring(0, relative.lastIndexOf('/'));
                byPartition.computeIfAbsent(partition, k -> new ArrayList<>())
                        .add(new ExportManifest.DataFile(relative, Files.size(file), sha256(file)));
            }
        }
        return byPartition;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
