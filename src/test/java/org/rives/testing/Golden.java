package org.rives.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rives.store.LoadReport;

/**
 * Golden files: a publisher's file goes in, the exact harmonised rows come out, compared with
 * {@code src/test/resources/golden/<connector>/<file>.csv}. Regenerate on purpose only, with
 * {@code -Drives.golden.update=true}, and review the diff. See the README in that folder.
 */
public final class Golden {

    public static final Path ROOT = TestStore.REPO.resolve("src/test/resources/golden");
    static final String HEADER = "indicator,ref_area,counterpart_area,sex,age,breakdown,freq,time_period,obs_value,"
            + "unit,unit_mult,obs_status,obs_flags,src_line";

    private Golden() {
    }

    /** Loads the file into a fresh store and checks its harmonised rows against the golden file. */
    public static void check(Path workDir, String connector, Path input) {
        List<String> actual = harmonise(workDir, connector, input);
        Path expected = ROOT.resolve(connector).resolve(input.getFileName() + ".csv");
        try {
            if (Boolean.getBoolean("rives.golden.update") || !Files.exists(expected)) {
                Files.createDirectories(expected.getParent());
                Files.write(expected, actual, StandardCharsets.UTF_8);
                assertThat(Boolean.getBoolean("rives.golden.update"))
                        .as("golden file %s did not exist and was written; review it and run again", expected)
                        .isTrue();
            }
            assertThat(actual).as("harmonised rows of %s against %s", input.getFileName(), expected)
                    .containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> harmonise(Path workDir, String connector, Path input) {
        try (TestStore store = new TestStore(workDir)) {
            LoadReport report = store.load(connector, input);
            assertThat(report.status()).as("load of %s: %s %s", input, report.message(), report.rejections())
                    .isEqualTo(LoadReport.COMMITTED);
            List<String> lines = new ArrayList<>();
            lines.add(HEADER);
            for (String row : store.rows("SELECT indicator, ref_area, counterpart_area, sex, age, breakdown, freq, "
                    + "time_period, obs_value, unit, unit_mult, obs_status, coalesce(obs_flags, ''), src_line "
                    + "FROM observation_long WHERE superseded_by IS NULL AND load_id = " + report.loadId()
                    + " ORDER BY src_line, indicator, ref_area, counterpart_area, sex, age, breakdown, time_period")) {
                String[] cells = row.split("\t", -1);
                cells[8] = plain(Double.parseDouble(cells[8]));
                lines.add(String.join(",", cells));
            }
            return lines;
        }
    }

    private static String plain(double value) {
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return (shortest.scale() < 0 ? shortest.setScale(0) : shortest).toPlainString();
    }
}
