package org.rives.connector.realfeeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.testing.TestStore;

/**
 * A publisher's real file from {@code ../shared/real-feeds}, loaded through the shipped connector into a
 * fresh store as any load is (one rejected row keeps the file out); tests using it are skipped where the
 * folder is absent.
 */
final class RealFeed implements AutoCloseable {

    static final Path ROOT = TestStore.REPO.getParent().resolve("shared/real-feeds");

    final TestStore store;
    final LoadReport report;

    private RealFeed(TestStore store, LoadReport report) {
        this.store = store;
        this.report = report;
    }

    static Path file(String folder, String name) {
        Path file = ROOT.resolve(folder).resolve(name);
        assumeTrue(Files.isRegularFile(file), "real feed not present: " + file);
        return file;
    }

    static RealFeed load(Path work, String connector, Path file) {
        TestStore store = new TestStore(work);
        try {
            LoadReport report = store.loads.load(LoadRequest.of(connector, file));
            assertThat(report.status()).as("%s: %s %s", file.getFileName(), report.message(), report.rejections())
                    .isEqualTo(LoadReport.COMMITTED);
            return new RealFeed(store, report);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(e);
        }
    }

    /** The current value of one cell, as text ("" when the store has none). */
    String value(String indicator, String area, String counterpart, String sex, String breakdown, String period) {
        List<String> rows = store.rows("SELECT obs_value FROM observation_long WHERE superseded_by IS NULL"
                + " AND indicator = '" + indicator + "' AND ref_area = '" + area + "' AND counterpart_area = '"
                + counterpart + "' AND sex = '" + sex + "' AND age = '_T' AND breakdown = '" + breakdown
                + "' AND time_period = '" + period + "'");
        assertThat(rows).as("%s %s/%s/%s/%s %s", indicator, area, counterpart, sex, breakdown, period).hasSizeLessThan(2);
        return rows.isEmpty() ? "" : rows.get(0);
    }

    double number(String indicator, String area, String counterpart, String sex, String breakdown, String period) {
        String text = value(indicator, area, counterpart, sex, breakdown, period);
        assertThat(text).as("%s %s/%s %s", indicator, area, counterpart, period).isNotEmpty();
        return Double.parseDouble(text);
    }

    @Override
    public void close() {
        store.close();
    }
}
