package org.rives.connector.sdmxml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.rives.RivesApplication;
import org.rives.store.Database;
import org.rives.system.StartupLoads;
import org.rives.testing.AwaitStartupLoads;
import org.rives.testing.TestStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One Rives server on 127.0.0.1 at a random port, with its own temporary store and connector folder. */
final class RivesNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final int port;

    RivesNode(Path dir, Path connectors, boolean loadSamples) throws InterruptedException {
        // As arguments, which come before application.properties (default properties come after).
        this.context = new SpringApplicationBuilder(RivesApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--rives.home=" + TestStore.REPO, "--rives.connectors-dir=" + connectors,
                "--rives.db=" + dir.resolve("rives.duckdb"), "--rives.raw-dir=" + dir.resolve("raw"),
                "--rives.load-samples-on-start=" + loadSamples);
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        AwaitStartupLoads.await(context.getBean(StartupLoads.class));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The current figures of the store, one line each: key, period and value, in key order. */
    List<String> currentFigures() {
        List<String> lines = new ArrayList<>();
        try (Database.ReadConnection read = bean(Database.class).read();
             Statement statement = read.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT indicator, ref_area, counterpart_area, sex, age, breakdown, "
                     + "time_period, obs_value, obs_status FROM observation_long WHERE superseded_by IS NULL "
                     + "ORDER BY ALL")) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= 9; i++) {
                    line.append(i == 1 ? "" : ",").append(rs.getObject(i));
                }
                lines.add(line.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    @Override
    public void close() {
        context.close();
    }
}
