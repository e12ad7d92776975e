package org.rives.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.rives.store.LoadReport;

/**
 * The publishers' own files beside the repository ({@code ../shared/real-feeds}), for tests that load
 * them through the shipped connectors; such tests are skipped where the folder is absent.
 */
public final class RealFeeds {

    public static final Path FOLDER = TestStore.REPO.getParent().resolve("shared/real-feeds");

    private RealFeeds() {
    }

    /** The file, or the test is skipped when the real feeds are not beside the repository. */
    public static Path file(String relative) {
        Path file = FOLDER.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real feed " + relative + " not present; skipped");
        return file;
    }

    /** The load committed and rejected nothing; says why when it did not. */
    public static void committedCleanly(LoadReport report) {
        assertThat(report.status()).as("%s %s", report.message(), report.rejections()).isEqualTo(LoadReport.COMMITTED);
        assertThat(report.rejected()).isZero();
    }

    /**
     * Current figures of one indicator as {@code "REF_AREA PERIOD" -> "value"} (plus {@code " STATUS"} when
     * not A), narrowed by an SQL condition on observation_long.
     */
    public static Map<String, String> figures(TestStore store, String indicator, String where) {
        Map<String, String> figures = new TreeMap<>();
        for (String row : store.rows("SELECT ref_area || ' ' || time_period, obs_value, obs_status "
                + "FROM observation_long "
                + "WHERE superseded_by IS NULL AND indicator = '" + indicator + "' AND " + where)) {
            String[] cells = row.split("\t");
            String value = new BigDecimal(cells[1]).stripTrailingZeros().toPlainString();
            figures.put(cells[0], value + ("A".equals(cells[2]) ? "" : " " + cells[2]));
        }
        return figures;
    }
}
