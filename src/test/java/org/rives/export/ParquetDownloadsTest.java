package org.rives.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.ObservationFilter;
import org.rives.testing.TestStore;

/** A download is bounded before it is written, and its temporary files go when the server stops. */
class ParquetDownloadsTest {

    @TempDir
    Path dir;

    @Test
    void aQueryOverTheLimitIsRefusedBeforeAnythingIsWritten() throws Exception {
        try (TestStore store = new TestStore(dir)) {
            store.load("worldbank-wdi", ParquetExportTest.WDI);
            ParquetDownloads downloads = new ParquetDownloads(store.database, new ExportProperties(600L, 1));
            assertThatThrownBy(() -> downloads.write(ParquetExport.everything(null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("matches 643 observations, more than one download gives (600")
                    .hasMessageContaining("rives export --parquet DIR");
            try (Stream<Path> left = Files.list(downloads.folder())) {
                assertThat(left).isEmpty();
            }

            Path morocco = downloads.write(new ObservationFilter("REMIT_IN", java.util.List.of("MAR"), null, null, null,
                    null, null, null, null, null, null));
            assertThat(store.rows("SELECT count(*) FROM read_parquet('" + morocco + "')"))
                    .containsExactly(String.valueOf(store.queries.count(new ObservationFilter("REMIT_IN",
                            java.util.List.of("MAR"), null, null, null, null, null, null, null, null, null))));
            downloads.destroy();
            assertThat(downloads.folder()).doesNotExist();
        }
    }
}
