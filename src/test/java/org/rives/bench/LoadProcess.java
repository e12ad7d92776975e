package org.rives.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashLoad} child process, with the moment (parent's clock) it announced each step: READY,
 * each phase, LOADED, CLOSED. Killed with SIGKILL ({@code kill -9}), the one signal a process cannot catch.
 */
final class LoadProcess {

    private final Process process;
    private final Map<String, Long> announced = new LinkedHashMap<>();
    private String last = "STARTING";

    private LoadProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readAnnouncements, "crash-child-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static LoadProcess start(Path repo, Path store, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new LoadProcess(new ProcessBuilder(java, "-Xmx512m", "-XX:+UseParallelGC", "-cp",
                System.getProperty("java.class.path"), CrashLoad.class.getName(), repo.toString(), store.toString(),
                file.toString()).redirectErrorStream(true).start());
    }

    private void readAnnouncements() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String step = line.startsWith("PHASE ") ? line.substring(6) : line.split(" ")[0];
                if (List.of("READY", "LOADED", "CLOSED").contains(step) || line.startsWith("PHASE ")) {
                    synchronized (this) {
                        announced.put(step, System.nanoTime());
                        last = step;
                        notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
        synchronized (this) {
            last = last + " (output closed)";
            notifyAll();
        }
    }

    /** Waits until the child announces {@code step}; false if it ended first or took longer than the timeout. */
    synchronized boolean await(String step, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!announced.containsKey(step) && !last.endsWith("(output closed)")) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return announced.containsKey(step);
    }

    /** The last step announced. */
    synchronized String last() {
        return last;
    }

    synchronized Map<String, Long> announced() {
        return new LinkedHashMap<>(announced);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends SIGKILL, as {@code kill -9} does (on Unix {@link Process#destroyForcibly()} is that signal, sent
     * to this very process, never to a later one that reuses its id), and waits for the process to be gone.
     */
    void killNine() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int waitFor(long timeoutMinutes) throws InterruptedException {
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the load did not finish in " + timeoutMinutes + " minutes");
        }
        return process.exitValue();
    }
}
