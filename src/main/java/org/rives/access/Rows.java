package org.rives.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Queries with at most one parameter (a filter that may be absent), for the paged lists of this package. */
final class Rows {

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /** {@code SELECT count(*) …}'s answer. */
    static long count(Connection connection, String sql, String parameter) throws SQLException {
        return list(connection, sql, parameter, rs -> rs.getLong(1)).get(0);
    }

    static <T> List<T> list(Connection connection, String sql, String parameter, Reader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
        }
        return rows;
    }

    /** The SQL of a page: {@code LIMIT size OFFSET page × size}. */
    static String page(int page, int size) {
        return " LIMIT " + size + " OFFSET " + (long) page * size;
    }
}
