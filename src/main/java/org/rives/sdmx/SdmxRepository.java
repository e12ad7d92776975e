package org.rives.sdmx;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rives.store.Database;
import org.rives.store.StoreException;

/**
 * The SDMX service's reads of the store: the codes the figures use (for codelists) and the figures of a
 * data query, handed over one row at a time from a JDBC cursor so that a whole flow is never held in
 * memory.
 */
final class SdmxRepository {

    /** Receives the rows of a data query in order. */
    @FunctionalInterface
    interface RowHandler {
        void row(DataRow row) throws IOException;
    }

    private final Database database;

    SdmxRepository(Database database) {
        this.database = database;
    }

    /** Every code a store column holds, current or past, so that a key read from a vintage stays valid. */
    Set<String> codesOf(String column) {
        String sql = "SELECT DISTINCT CAST(" + column + " AS VARCHAR) FROM series ORDER BY 1";
        return strings(sql, List.of());
    }

    /** Every observation status the store holds. */
    Set<String> statusCodes() {
        return strings("SELECT DISTINCT obs_status FROM observation ORDER BY 1", List.of());
    }

    /** The codes a column holds among the current figures of some indicators (all when none are given). */
    Set<String> currentCodesOf(String column, Set<String> indicators) {
        List<Object> parameters = new ArrayList<>(indicators);
        String filter = indicators.isEmpty() ? ""
                : " AND indicator IN (" + String.join(", ", indicators.stream().map(i -> "?").toList()) + ")";
        return strings("SELECT DISTINCT CAST(" + column + " AS VARCHAR) FROM observation_long "
                + "WHERE superseded_by IS NULL" + filter + " ORDER BY 1", parameters);
    }

    boolean exists(DataSql.Statement statement) {
        try (Database.ReadConnection read = database.read();
             PreparedStatement prepared = prepare(read.connection(), statement);
             ResultSet rs = prepared.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new StoreException("cannot query observations: " + e.getMessage(), e);
        }
    }

    void stream(DataSql.Statement statement, RowHandler handler) throws IOException {
        int dimensions = HarmonisedStructure.DIMENSIONS.size();
        try (Database.ReadConnection read = database.read();
             PreparedStatement prepared = prepare(read.connection(), statement);
             ResultSet rs = prepared.executeQuery()) {
            while (rs.next()) {
                String[] key = new String[dimensions];
                for (int i = 0; i < dimensions; i++) {
                    key[i] = rs.getString(2 + i);
                }
                handler.row(new DataRow(rs.getLong(1), key, rs.getString(12), rs.getDouble(13), rs.getString(10),
                        rs.getInt(11), rs.getString(14), rs.getString(15)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read observations: " + e.getMessage(), e);
        }
    }

    private Set<String> strings(String sql, List<Object> parameters) {
        Set<String> values = new LinkedHashSet<>();
        try (Database.ReadConnection read = database.read();
             PreparedStatement prepared = prepare(read.connection(), new DataSql.Statement(sql, parameters));
             ResultSet rs = prepared.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list codes: " + e.getMessage(), e);
        }
        return values;
    }

    private static PreparedStatement prepare(Connection connection, DataSql.Statement statement)
            throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            prepared.setObject(i + 1, statement.parameters().get(i));
        }
        return prepared;
    }
}
