package org.rives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rives.testing.TestStore;

/**
 * The packages depend one way, read from the source: {@code connector ← harmonise ← store ← compare ←
 * api | web | cli | sdmx | export | upload}, {@code access} and {@code writes} beside {@code compare}, with {@code system}, {@code openapi} and the application class
 * wiring and describing everything. Nothing below
 * imports what is above it, and the three front packages do not import each other except where a reason
 * is written here. {@code error} is the shared vocabulary of error codes, below everything. The command
 * line reaches the wiring only through {@code cli.CommandContext}, which {@code system} provides.
 */
class LayeringTest {

    static final Path SOURCES = TestStore.REPO.resolve("src/main/java/org/rives");

    static final int WIRING = 6;

    /** Each package's layer: a package may use its own layer's package and any lower layer's. */
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("error", 0),
            Map.entry("connector", 1),
            Map.entry("harmonise", 2),
            Map.entry("store", 3),
            Map.entry("compare", 4),
            // Who may write (providers, tokens, the audit) and the one queue every write waits in.
            Map.entry("access", 4), Map.entry("writes", 4),
            // The fronts: REST, the pages' documents, the command line, SDMX, the Parquet export, uploads.
            Map.entry("api", 5), Map.entry("web", 5), Map.entry("cli", 5), Map.entry("sdmx", 5),
            Map.entry("export", 5), Map.entry("upload", 5),
            // The cache of computed tables sits in front of the fronts' answers, as an HTTP filter.
            Map.entry("cache", 5),
            // The OpenAPI description documents every front, so it sits with the wiring.
            Map.entry("openapi", WIRING),
            // The wiring: system and the application class, which starts the server or the command line.
            Map.entry("system", WIRING),
            Map.entry("", WIRING));

    /** Front packages that may use each other, and why. */
    static final Set<String> ALLOWED_BETWEEN_FRONTS = Set.of(
            // `rives report` writes the same follow-up report that /report serves: one renderer, two doors.
            "cli -> web",
            // `rives export` writes the same Parquet as /api/observations.parquet: one writer, two doors.
            "cli -> export",
            // POST /api/loads takes a file in one request through the same steps as /api/uploads: one path, two doors.
            "api -> upload",
            // SDMX-CSV is a CSV a spreadsheet opens too: the same formula guard as every CSV of the API.
            "sdmx -> api",
            // /api/sources counts each source's figures once per store version, the version the cache keeps.
            "api -> cache");

    static final Pattern REFERENCE = Pattern.compile("\\borg\\.rives\\.([a-z]+)\\.|\\borg\\.rives\\.([A-Z]\\w*)");

    @Test
    void dependenciesPointDownTheLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> check(file, violations));
        }
        assertThat(violations).as("dependencies against the layering").isEmpty();
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
            assertThat(packages).as("declare each new package's layer in LayeringTest.LAYER")
                    .allSatisfy(name -> assertThat(LAYER).containsKey(name));
        }
    }

    private static void check(Path file, List<String> violations) {
        String from = packageOf(file);
        List<String> lines = read(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("package ")) {
                continue;
            }
            Matcher reference = REFERENCE.matcher(line);
            while (reference.find()) {
                String to = reference.group(1) != null ? reference.group(1) : "";
                if (!allowed(from, to)) {
                    violations.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + display(from) + " -> "
                            + display(to) + ": " + line);
                }
            }
        }
    }

    static boolean allowed(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        Integer source = LAYER.get(from);
        Integer target = LAYER.get(to);
        if (source == null || target == null) {
            return false;
        }
        boolean sameLayer = target.equals(source);
        return target < source
                || sameLayer && (source == WIRING || ALLOWED_BETWEEN_FRONTS.contains(from + " -> " + to));
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    private static String display(String pkg) {
        return pkg.isEmpty() ? "org.rives" : pkg;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRuleItselfRefusesUpwardAndSidewaysDependencies() {
        assertThat(allowed("store", "compare")).isFalse();
        assertThat(allowed("web", "api")).isFalse();
        assertThat(allowed("api", "system")).isFalse();
        assertThat(allowed("compare", "store")).isTrue();
        assertThat(allowed("cli", "web")).isTrue();
        assertThat(allowed("system", "api")).isTrue();
        assertThat(allowed("connector", "error")).isTrue();
        assertThat(allowed("cli", "")).isFalse();
        assertThat(allowed("system", "")).isTrue();
    }
}
