package org.rives.connector.sdmxjson;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.rives.connector.json.HeldCells;

/**
 * One observation as the data set gives it, before the structure says what its indexes mean.
 *
 * @param structure           which structure of the message the data set follows
 * @param seriesKey           the series key ({@code 0:3:1}), or null when the data set has no series
 * @param seriesAttributes    the series' attribute value indexes (null entries: not given)
 * @param observationKey      the observation key ({@code 12}, or all dimensions {@code 0:0:...:12})
 * @param value               the value cell's text, empty for null
 * @param attributes          the observation's attribute value indexes
 */
record SdmxJsonCell(int structure, String seriesKey, Integer[] seriesAttributes, String observationKey,
                    String value, Integer[] attributes, long line, int column) {

    /** How a cell is held in a temporary file while the structure is awaited. */
    static final HeldCells.Codec<SdmxJsonCell> CODEC = new HeldCells.Codec<>() {
        @Override
        public void write(DataOutputStream out, SdmxJsonCell cell) throws IOException {
            out.writeInt(cell.structure());
            HeldCells.writeText(out, cell.seriesKey());
            writeIndexes(out, cell.seriesAttributes());
            HeldCells.writeText(out, cell.observationKey());
            HeldCells.writeText(out, cell.value());
            writeIndexes(out, cell.attributes());
            out.writeLong(cell.line());
            out.writeInt(cell.column());
        }

        @Override
        public SdmxJsonCell read(DataInputStream in) throws IOException {
            return new SdmxJsonCell(in.readInt(), HeldCells.readText(in), readIndexes(in), HeldCells.readText(in),
                    HeldCells.readText(in), readIndexes(in), in.readLong(), in.readInt());
        }
    };

    private static void writeIndexes(DataOutputStream out, Integer[] indexes) throws IOException {
        out.writeInt(indexes == null ? -1 : indexes.length);
        if (indexes != null) {
            for (Integer index : indexes) {
                out.writeBoolean(index != null);
                out.writeInt(index == null ? 0 : index);
            }
        }
    }

    private static Integer[] readIndexes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        Integer[] indexes = new Integer[length];
        for (int i = 0; i < length; i++) {
            boolean given = in.readBoolean();
            int index = in.readInt();
            indexes[i] = given ? index : null;
        }
        return indexes;
    }
}
