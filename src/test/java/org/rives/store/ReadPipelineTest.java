package org.rives.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rives.connector.Cancellation;
import org.rives.connector.ReadCancelledException;

/** How a load's failure or cancellation reaches the reader running on the pipeline's reading thread. */
class ReadPipelineTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // without the interrupt the reading thread would never end
    void aStoreThatFailsStopsTheReaderAtItsNextRow() {
        ReadPipeline pipeline = new ReadPipeline();
        AtomicReference<Throwable> readerStoppedBy = new AtomicReference<>();
        Throwable failure = catchThrowable(() -> pipeline.run(() -> {
            try {
                for (int row = 0; ; row++) { // a reader of an endless file: it stops only when cancelled
                    Cancellation.check();
                    pipeline.append(0, 0, row, "A", null, row, 1);
                }
            } catch (RuntimeException e) {
                readerStoppedBy.set(e);
                throw e;
            }
        }, (series, period, value, status, flags, line, column) -> {
            if (line == 50_000) {
                throw new StoreException("the disk is full", null);
            }
        }));
        assertThat(failure).hasMessage("the disk is full");
        assertThat(readerStoppedBy.get()).isInstanceOfAny(ReadCancelledException.class, StoreException.class);
        Thread.interrupted();
    }
}
