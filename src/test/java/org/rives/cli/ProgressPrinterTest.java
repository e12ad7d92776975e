package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private static final long SECOND = 1_000_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void inALogPrintsALineEveryIntervalOfALongDownloadOnly() {
        ProgressPrinter progress = new ProgressPrinter(out, false, 10, now::get);
        progress.update("https://example.org/a.zip", 1_000, 40_000_000);
        now.set(5 * SECOND);
        progress.update("https://example.org/a.zip", 5_000_000, 40_000_000);
        assertThat(printed()).isEmpty();

        now.set(11 * SECOND);
        progress.update("https://example.org/a.zip", 12_300_000, 40_000_000);
        now.set(12 * SECOND);
        progress.update("https://example.org/a.zip", 13_000_000, 40_000_000);
        now.set(22 * SECOND);
        progress.update("https://example.org/a.zip", 30_000_000, -1);

        assertThat(printed()).isEqualTo("  https://example.org/a.zip: 12.3 MB of 40.0 MB (30%)\n"
                + "  https://example.org/a.zip: 30.0 MB\n");
    }

    @Test
    void onATerminalRewritesOneLineAndClearsItBeforeTheReport() {
        ProgressPrinter progress = new ProgressPrinter(out, true, 10, now::get);
        progress.update("https://example.org/a.zip", 0, 2_000_000);
        now.set(2 * SECOND);
        progress.update("https://example.org/a.zip", 1_000_000, 2_000_000);
        progress.clear();

        assertThat(printed()).isEqualTo("\r  https://example.org/a.zip: 1.0 MB of 2.0 MB (50%)\u001b[K\r\u001b[K");
    }
}
