package org.rives.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

/**
 * The reader compliance kit: what every {@link FeedReader} must do, whatever its format. Each reader's
 * {@code <Reader>ContractTest} extends this class and gives its fixtures in its own format; the kit runs
 * the same cases on each: discovery and options, an empty input, one row, two series, a located rejection,
 * streaming (no whole-file buffering) and cancellation. {@code FeedReadersTest} checks that every discovered
 * reader has its contract test.
 */
public abstract class ReaderContract {

    /** Rows a streaming reader must hand over before the kit stops it. */
    static final int STREAMED_ROWS = 5_000;
    /** What a reader may read ahead of the rows it has handed over. */
    static final long READ_AHEAD = 1 << 20;

    /** An input without end: a prefix, then one unit (one row or cell) repeated. */
    public record Endless(String prefix, String unit) {
        long bytesFor(long units) {
            return prefix.getBytes(StandardCharsets.UTF_8).length
                    + units * unit.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** The reader under test. */
    protected abstract FeedReader reader();

    /** The options block the fixtures need, or null for none. */
    protected Map<String, ?> options() {
        return null;
    }

    /** A file holding one observation. */
    protected abstract byte[] oneRow();

    /** That observation as {@link RecordingSink#values()} writes it ({@code MA 2020=[12]}). */
    protected abstract String oneRowCell();

    /** A file with two series (two countries, two periods each). */
    protected abstract byte[] twoSeries();

    /** Its four observations, as {@link RecordingSink#values()} writes them. */
    protected abstract List<String> twoSeriesCells();

    /** A file with one bad row or cell, or one broken where the format says the file is unreadable. */
    protected abstract byte[] badInput();

    /** Where the problem of {@link #badInput} is reported: {@code line:column}. */
    protected abstract String badInputLocation();

    /** An input that never ends, in this format. */
    protected abstract Endless endless();

    /**
     * Whether the reader streams from the input itself. A format read from its end (a zip) spools the
     * bytes to a temporary file instead, and its test shows streaming its own way.
     */
    protected boolean streamsFromTheInput() {
        return true;
    }

    protected final ConnectorDefinition definition() {
        return TestDefinitions.of(reader().format(), options());
    }

    protected final RecordingSink read(byte[] bytes) throws Exception {
        RecordingSink sink = new RecordingSink();
        reader().read(new ByteArrayInputStream(bytes), "t", definition(), sink);
        return sink;
    }

    @Test
    void isDiscoveredAndReadsItsOwnOptions() {
        assertThat(FeedReaders.discovered().forFormat(reader().format())).get().isInstanceOf(reader().getClass());
        reader().optionsSchema().ifPresent(schema -> assertThat(schema.path("properties").isObject()).isTrue());
        assertThat(definition().options()).isNotNull();
    }

    @Test
    void refusesAnEmptyInputAsAWhole() {
        RecordingSink sink = new RecordingSink();
        assertThatThrownBy(() -> reader().read(new ByteArrayInputStream(new byte[0]), "t", definition(), sink))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> assertThat(e.getMessage()).isNotBlank());
        assertThat(sink.cells).isEmpty();
    }

    @Test
    void readsOneRow() throws Exception {
        RecordingSink sink = read(oneRow());
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.values()).containsExactly(oneRowCell());
        assertThat(sink.rows).isEqualTo(1);
    }

    /**
     * Each observation comes with the handle of its own key: a reader may reuse its key arrays, and the
     * sink tells series apart by handle (never by array), so two countries never share figures.
     */
    @Test
    void keepsTwoSeriesApart() throws Exception {
        RecordingSink sink = read(twoSeries());
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.values()).containsExactlyInAnyOrderElementsOf(twoSeriesCells());
        assertThat(sink.handles).allSatisfy(handle -> assertThat(handle).isInstanceOf(RecordingSink.Handle.class));
    }

    @Test
    void locatesWhatItRejects() throws Exception {
        RecordingSink sink = new RecordingSink();
        Throwable refused = catchThrowable(() -> reader().read(new ByteArrayInputStream(badInput()), "t", definition(),
                sink));
        String where = refused instanceof FeedFormatException e ? e.line() + ":" + e.column()
                : sink.rejections.stream().map(r -> r.substring(0, r.indexOf(' '))).findFirst().orElse("none");
        assertThat(where).as("where %s was reported (%s)", refused == null ? sink.rejections : refused.getMessage(),
                refused == null ? "a rejected row" : "the file refused").isEqualTo(badInputLocation());
        assertThat(where).doesNotStartWith("0:").doesNotEndWith(":0");
    }

    /**
     * A reader hands rows over as it reads: from an input without end it delivers rows, having read no
     * more than those rows and a bounded read-ahead. A reader that held the file would never deliver one.
     */
    @Test
    void streamsWithoutHoldingTheFile() {
        Assumptions.assumeTrue(streamsFromTheInput(), "spools its input to a temporary file; see its own test");
        Endless endless = endless();
        EndlessInput input = new EndlessInput(endless, 64L << 20);
        long[] readAtLastRow = new long[1];
        RecordingSink sink = new StoppingSink(() -> readAtLastRow[0] = input.count());
        Throwable stopped = catchThrowable(() -> reader().read(Cancellation.guard(input), "t", definition(), sink));
        Thread.interrupted();
        assertThat(stopped).as("the reader should stop only when cancelled").isInstanceOf(ReadCancelledException.class);
        assertThat(readAtLastRow[0]).as("bytes read when row %d was handed over", STREAMED_ROWS)
                .isLessThanOrEqualTo(endless.bytesFor(STREAMED_ROWS) + READ_AHEAD);
    }

    /**
     * Interrupting the reading thread (how a load is cancelled) stops the reader promptly, with
     * {@link ReadCancelledException}, wherever it is: reading bytes, holding values, handing rows over.
     */
    @Test
    void stopsPromptlyWhenTheLoadIsCancelled() throws Exception {
        EndlessInput input = new EndlessInput(endless(), Long.MAX_VALUE);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread reading = new Thread(() -> outcome.set(catchThrowable(() -> reader().read(Cancellation.guard(input),
                "t", definition(), new RecordingSink()))), "kit-read");
        reading.start();
        while (input.count() < 256 * 1024 && reading.isAlive()) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        reading.interrupt();
        reading.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(reading.isAlive()).as("the reader still runs after the load was cancelled").isFalse();
        assertThat(outcome.get()).isInstanceOf(ReadCancelledException.class);
    }

    /** Interrupts its own thread once the kit's number of rows is handed over. */
    private static final class StoppingSink extends RecordingSink {
        private final Runnable atLastRow;

        StoppingSink(Runnable atLastRow) {
            this.atLastRow = atLastRow;
        }

        @Override
        public void rowRead() {
            super.rowRead();
            if (rows == STREAMED_ROWS) {
                atLastRow.run();
                Thread.currentThread().interrupt();
            }
            if (rows % 1000 == 0) {
                cells.clear();
                handles.clear();
                rejections.clear();
            }
        }
    }
}
