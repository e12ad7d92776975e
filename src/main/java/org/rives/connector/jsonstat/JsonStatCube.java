package org.rives.connector.jsonstat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of a JSON-stat dataset, checked: dimension ids in cube order, the category codes of each,
 * which dimension holds the time. A flat index counts row-major over {@code id}, the last dimension
 * varying fastest, so position {@code i} of dimension {@code d} contributes {@code i * stride[d]}.
 */
record JsonStatCube(String[] ids, String[][] codes, int time, long[] strides, long cells) {

    /** Builds and checks the cube; {@link IllegalArgumentException} says how id, size and dimension disagree. */
    static JsonStatCube of(List<String> ids, List<Integer> sizes, Map<String, String[]> dimensions, String timeRole) {
        if (ids.size() != sizes.size()) {
            throw new IllegalArgumentException("id lists " + ids.size() + " dimensions but size lists "
                    + sizes.size());
        }
        String[][] codes = new String[ids.size()][];
        for (int d = 0; d < ids.size(); d++) {
            String[] categories = dimensions.get(ids.get(d));
            if (categories == null) {
                throw new IllegalArgumentException("dimension \"" + ids.get(d)
                        + "\" is listed in id but not described in dimension");
            }
            if (categories.length != sizes.get(d)) {
                throw new IllegalArgumentException("dimension \"" + ids.get(d) + "\" has " + categories.length
                        + " categories but size says " + sizes.get(d));
            }
            codes[d] = categories;
        }
        int time = timePosition(ids, timeRole);
        if (time < 0) {
            throw new IllegalArgumentException("no time dimension: none has role time, none is named time or "
                    + "TIME_PERIOD (dimensions: " + String.join(", ", ids) + ")");
        }
        long[] strides = new long[ids.size()];
        long cells = 1;
        for (int d = ids.size() - 1; d >= 0; d--) {
            strides[d] = cells;
            cells = Math.multiplyExact(cells, sizes.get(d));
        }
        return new JsonStatCube(ids.toArray(String[]::new), codes, time, strides, cells);
    }

    private static int timePosition(List<String> ids, String timeRole) {
        if (timeRole != null && ids.contains(timeRole)) {
            return ids.indexOf(timeRole);
        }
        for (int d = 0; d < ids.size(); d++) {
            String id = ids.get(d).toLowerCase(Locale.ROOT);
            if (id.equals("time") || id.equals("time_period")) {
                return d;
            }
        }
        return -1;
    }

    /** The dimensions and their sizes, as a report names them: {@code geo 2 x time 3}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < ids.length; d++) {
            text.append(d == 0 ? "" : " x ").append(ids[d]).append(' ').append(codes[d].length);
        }
        return text.toString();
    }

    /** The dimension columns a sink sees: every dimension but time, in cube order. */
    String[] columnNames() {
        List<String> names = new ArrayList<>(List.of(ids));
        names.remove(time);
        return names.toArray(String[]::new);
    }

    /** The flat index with the time position taken out: equal for two cells of the same series. */
    long seriesOf(long index) {
        return index - timeOf(index) * strides[time];
    }

    int timeOf(long index) {
        return (int) (index / strides[time] % codes[time].length);
    }

    /** Fills {@code out} (sized like {@link #columnNames}) with the codes of the cell at {@code index}. */
    void decode(long index, String[] out) {
        int next = 0;
        for (int d = 0; d < ids.length; d++) {
            if (d != time) {
                out[next++] = codes[d][(int) (index / strides[d] % codes[d].length)];
            }
        }
    }
}
