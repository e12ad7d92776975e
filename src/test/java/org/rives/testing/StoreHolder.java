package org.rives.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a DuckDB file, as a running server does: opens it for writing, says
 * {@code held}, and keeps it until its standard input closes. {@link #start} runs it in a new JVM.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS held (since TIMESTAMP)");
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our input (or dies)
            }
        }
    }

    /** Starts a JVM holding the file and returns once it holds it; destroy the process to release it. */
    public static Process start(Path db) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), db.toString()).redirectErrorStream(true).start();
        byte[] line = new byte[4];
        int read = process.getInputStream().readNBytes(line, 0, 4);
        if (read < 4 || !new String(line, 0, 4).equals("held")) {
            process.waitFor(10, TimeUnit.SECONDS);
            String said = new String(line, 0, Math.max(read, 0)) + new String(process.getInputStream().readNBytes(
                    process.getInputStream().available()));
            process.destroyForcibly();
            throw new IllegalStateException("the holder process did not take " + db + ": " + said);
        }
        return process;
    }
}
