package org.rives.connector.jsonstat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.rives.connector.json.HeldCells;

/**
 * The values of a JSON-stat file whose {@code value} comes before the dimensions that give it meaning
 * (Eurostat writes {@code value} and {@code status} first). Each value is held with its flat index and
 * where it was read, in a temporary file ({@link HeldCells}), never in memory, and replayed in file
 * order once the dimensions are known.
 */
final class JsonStatValueBuffer implements AutoCloseable {

    /** One held value. */
    private record Entry(long index, String text, long line, int column) {
    }

    private static final HeldCells.Codec<Entry> CODEC = new HeldCells.Codec<>() {
        @Override
        public void write(DataOutputStream out, Entry entry) throws IOException {
            out.writeLong(entry.index());
            HeldCells.writeText(out, entry.text());
            out.writeLong(entry.line());
            out.writeInt(entry.column());
        }

        @Override
        public Entry read(DataInputStream in) throws IOException {
            return new Entry(in.readLong(), HeldCells.readText(in), in.readLong(), in.readInt());
        }
    };

    private final HeldCells<Entry> held;

    JsonStatValueBuffer() throws IOException {
        this.held = new HeldCells<>(CODEC);
    }

    void add(long index, String text, long line, int column) throws IOException {
        held.add(new Entry(index, text, line, column));
    }

    void replay(JsonStatEmitter emitter) throws IOException {
        held.replay(entry -> emitter.emit(entry.index(), entry.text(), entry.line(), entry.column()));
    }

    @Override
    public void close() throws IOException {
        held.close();
    }
}
