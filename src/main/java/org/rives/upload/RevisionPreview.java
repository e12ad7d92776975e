package org.rives.upload;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.rives.store.MergeInspector;

/**
 * The first figures a load revises (old value → new value) and withdraws, read inside the load's
 * transaction before it commits or, for a dry run, rolls back: what a statistician checks before
 * committing. The report's counts say how many there are in all.
 */
public final class RevisionPreview implements MergeInspector {

    /** A figure that changes: its key, its current value and status, and the file's (null when withdrawn). */
    public record Figure(String indicator, String refArea, String counterpartArea, String sex, String age,
                         String breakdown, String freq, String period, String unit, int unitMult,
                         BigDecimal oldValue, String oldStatus, BigDecimal newValue, String newStatus, Long line) {
    }

    /** The first revised and withdrawn figures, in the file's order. */
    public record Preview(List<Figure> revised, List<Figure> withdrawn) {
        static final Preview NONE = new Preview(List.of(), List.of());
    }

    private static final String SELECT = """
            SELECT s.indicator, s.ref_area, s.counterpart_area, s.sex, s.age, s.breakdown, s.freq, o.time_period,
                   s.unit, s.unit_mult, o.obs_value, o.obs_status, n.obs_value AS new_value, n.obs_status AS new_status,
                   n.src_line
            FROM observation o JOIN series s ON s.series_id = o.series_id
            LEFT JOIN observation n ON n.series_id = o.series_id AND n.time_period = o.time_period AND n.load_id = ?
            WHERE o.superseded_by = ? AND n.series_id IS %s NULL
            ORDER BY n.src_line, s.indicator, s.ref_area, s.counterpart_area, o.time_period LIMIT ?""";

    private final int limit;
    private volatile Preview preview = Preview.NONE;

    public RevisionPreview(int limit) {
        this.limit = limit;
    }

    @Override
    public void inspect(Connection connection, int loadId) throws SQLException {
        preview = new Preview(figures(connection, loadId, "NOT"), figures(connection, loadId, ""));
    }

    public Preview preview() {
        return preview;
    }

    private List<Figure> figures(Connection connection, int loadId, String revised) throws SQLException {
        List<Figure> figures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT.formatted(revised))) {
            statement.setInt(1, loadId);
            statement.setInt(2, loadId);
            statement.setInt(3, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    figures.add(new Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getInt(10), plain(rs.getObject(11)), rs.getString(12), plain(rs.getObject(13)),
                            rs.getString(14), (Long) rs.getObject(15)));
                }
            }
        }
        return figures;
    }

    /** The shortest decimal that reads back as the stored double, as the API writes figures. */
    private static BigDecimal plain(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal shortest = new BigDecimal(Double.toString(((Number) value).doubleValue())).stripTrailingZeros();
        return shortest.scale() < 0 ? shortest.setScale(0) : shortest;
    }
}
