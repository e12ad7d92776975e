package org.rives.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Where the loads the server makes by itself on start stand: the samples of a new store. Until they are
 * in, the server answers (liveness) but is not ready: readiness is down ({@link StartupLoadsHealthIndicator})
 * and the API refuses to serve figures ({@link NotReadyFilter}), so that no one reads a half-loaded store as
 * the whole. A server with nothing to load on start is ready once it has looked.
 */
@Component
public class StartupLoads {

    /** The stages of the start-up loads. */
    public enum Phase {
        /** The server has not looked yet whether it has anything to load. */
        STARTING,
        /** Sample files are being loaded. */
        LOADING,
        /** Everything the server loads on start is in (or there was nothing to load). */
        READY,
        /** A load stopped with an error; the store holds part of the samples only. */
        FAILED;

        /** The phase as the health endpoint and problem documents write it: {@code loading}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A snapshot of the start-up loads.
     *
     * @param files     the sample files to load on start (0 when there is nothing to load)
     * @param filesDone the files loaded so far
     * @param elapsed   time since the loads began (zero before they begin)
     * @param failure   why the loads stopped, when they failed
     */
    public record Progress(Phase phase, int files, int filesDone, Duration elapsed, String failure) {

        public boolean ready() {
            return phase == Phase.READY;
        }
    }

    private Phase phase = Phase.STARTING;
    private int files;
    private int filesDone;
    private long startedAt;
    private long finishedAt;
    private String failure;

    public synchronized Progress progress() {
        long end = phase == Phase.LOADING ? System.nanoTime() : finishedAt;
        Duration elapsed = startedAt == 0 ? Duration.ZERO : Duration.ofNanos(end - startedAt);
        return new Progress(phase, files, filesDone, elapsed, failure);
    }

    public synchronized boolean ready() {
        return phase == Phase.READY;
    }

    synchronized void loading(int count) {
        phase = Phase.LOADING;
        files = count;
        startedAt = System.nanoTime();
    }

    synchronized void fileDone() {
        filesDone++;
    }

    synchronized void done() {
        phase = Phase.READY;
        finishedAt = System.nanoTime();
    }

    synchronized void failed(String why) {
        phase = Phase.FAILED;
        failure = why;
        finishedAt = System.nanoTime();
    }
}
