package org.rives.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.rives.connector.fetch.FetchProgress;

/**
 * Shows how a long download advances: on a terminal, one line rewritten in place a few times a second; in a
 * log (standard error redirected), one line every {@code every} seconds. A download shorter than a second
 * (or than {@code every} seconds in a log) prints nothing.
 */
final class ProgressPrinter implements FetchProgress {

    private static final long TERMINAL_NANOS = 250_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private String url;
    private long started;
    private long lastPrinted;
    private boolean lineOpen;

    ProgressPrinter(PrintStream out, boolean terminal, int everySeconds) {
        this(out, terminal, everySeconds, System::nanoTime);
    }

    ProgressPrinter(PrintStream out, boolean terminal, int everySeconds, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = terminal ? TERMINAL_NANOS : Math.max(1, everySeconds) * 1_000_000_000L;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void update(String downloading, long received, long total) {
        long now = nanoTime.getAsLong();
        if (!downloading.equals(url)) {
            url = downloading;
            started = now;
            lastPrinted = now;
            return;
        }
        if (now - lastPrinted < intervalNanos || now - started < Math.max(intervalNanos, 1_000_000_000L)) {
            return;
        }
        lastPrinted = now;
        String line = "  " + url + ": " + megabytes(received) + (total > 0 ? " of " + megabytes(total)
                + String.format(Locale.ROOT, " (%d%%)", received * 100 / total) : "");
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
            lineOpen = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the line rewritten in place, before the source's report line. */
    synchronized void clear() {
        if (lineOpen) {
            out.print("\r\u001b[K");
            out.flush();
            lineOpen = false;
        }
        url = null;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
