package org.rives.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rives.harmonise.Rejection;
import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

/**
 * Golden rejection reports: a small bad file in a publisher's real format goes in, the exact report comes
 * out, compared with its control file ({@code <file>.report} beside it). See the README in
 * {@code src/test/resources/rejections/}; regenerate on purpose only, with {@code -Drives.golden.update=true}.
 */
class RejectionReportTest {

    static final Path ROOT = TestStore.REPO.resolve("src/test/resources/rejections");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().equals(ROOT) && !f.toString().endsWith(".report"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryProblemOfTheFileWhereItIs(Path fixture, @TempDir Path work) throws IOException {
        String connector = fixture.getParent().getFileName().toString();
        LoadReport report;
        try (TestStore store = new TestStore(work)) {
            report = store.dryRun(connector, fixture);
        }
        assertThat(report.status()).as("%s is a bad file", fixture.getFileName())
                .isIn(LoadReport.REJECTED, LoadReport.FAILED);
        List<String> actual = text(report).lines().toList();
        Path control = fixture.resolveSibling(fixture.getFileName() + ".report");
        if (Boolean.getBoolean("rives.golden.update") || !Files.exists(control)) {
            Files.writeString(control, text(report), StandardCharsets.UTF_8);
            assertThat(Boolean.getBoolean("rives.golden.update"))
                    .as("control file %s did not exist and was written; review it and run again", control).isTrue();
        }
        assertThat(actual).as("report of %s against %s", fixture.getFileName(), control)
                .containsExactlyElementsOf(Files.readAllLines(control, StandardCharsets.UTF_8));
    }

    @Test
    void everyFormatHasABadFileAmongTheFixtures() throws IOException {
        ConnectorRegistry registry = new ConnectorRegistry(TestStore.REPO.resolve("connectors"));
        Set<String> covered = new TreeSet<>();
        fixtures().forEach(f -> registry.find(f.getParent().getFileName().toString())
                .ifPresent(definition -> covered.add(definition.format())));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(FeedReaders.discovered().formats());
    }

    /** The report as the command line prints it, less what changes from run to run (hash, time). */
    static String text(LoadReport r) {
        StringBuilder out = new StringBuilder();
        out.append(r.file()).append(" -> ").append(r.source()).append(": ").append(r.status().name())
                .append(r.dryRun() ? " [dry run]" : "").append('\n');
        out.append("  rows read     ").append(r.rowsRead()).append(" (").append(r.cellsRead()).append(" cells)\n");
        out.append("  observations  ").append(r.observations()).append(" loaded, ").append(r.missingCells())
                .append(" missing cells, ").append(r.excluded()).append(" cells excluded by rule, ")
                .append(r.filtered()).append(" cells filtered out\n");
        out.append("  rejected      ").append(r.rejected()).append('\n');
        for (Rejection rejection : r.rejections()) {
            out.append("    ").append(rejection).append('\n');
        }
        for (String warning : r.warnings()) {
            out.append("  warning       ").append(warning).append('\n');
        }
        out.append("  ").append(r.message()).append('\n');
        return out.toString();
    }
}
