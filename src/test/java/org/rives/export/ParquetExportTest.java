package org.rives.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.Database;
import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

import tools.jackson.databind.json.JsonMapper;

/** The Parquet export, read back with DuckDB's own read_parquet as another tool would. */
class ParquetExportTest {

    static final Path WDI = TestStore.REPO.resolve("sample-data/worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv");
    static final Path ASYLUM = TestStore.REPO.resolve("sample-data/eurostat-asylum/migr_asyappctza.tsv");
    static final String CURRENT = "FROM observation_long WHERE superseded_by IS NULL";

    @TempDir
    Path dir;

    static String parquet(Path export) {
        return "read_parquet('" + export.resolve("**/*.parquet") + "', hive_partitioning = true, "
                + "hive_types = {'indicator': VARCHAR, 'year': INTEGER})";
    }

    private ExportManifest export(TestStore store, Instant asOf, Path target) throws Exception {
        try (Database.ReadConnection read = store.database.read()) {
            return new ParquetExport("test").write(read.connection(), asOf, target);
        }
    }

    @Test
    void theExportRoundTripsEveryObservationWithItsCountAndChecksum() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("store"))) {
            assertThat(store.load("worldbank-wdi", WDI).status()).isEqualTo(LoadReport.COMMITTED);
            assertThat(store.load("eurostat-asylum", ASYLUM).status()).isEqualTo(LoadReport.COMMITTED);
            Path out = dir.resolve("export");
            ExportManifest manifest = export(store, null, out);

            String storeFigures = "SELECT count(*), CAST(" + ExportManifest.CHECKSUM + " AS VARCHAR) " + CURRENT;
            String exported = "SELECT count(*), CAST(" + ExportManifest.CHECKSUM + " AS VARCHAR) FROM " + parquet(out);
            assertThat(store.rows(exported)).isEqualTo(store.rows(storeFigures));
            assertThat(store.rows(storeFigures)).singleElement()
                    .isEqualTo(manifest.rows() + "\t" + manifest.valueSum());
            assertThat(manifest.rows()).isGreaterThan(500);

            // Row for row: nothing lost, nothing added, every column as the store has it.
            String columns = "SELECT " + LongTableQuery.COLUMNS + " ";
            assertThat(store.rows(columns + CURRENT + " EXCEPT ALL " + columns + "FROM " + parquet(out))).isEmpty();
            assertThat(store.rows(columns + "FROM " + parquet(out) + " EXCEPT ALL " + columns + CURRENT)).isEmpty();
            assertThat(manifest.loads()).extracting(ExportManifest.Load::loadId).containsExactly(1, 2);
            assertThat(manifest.loads().get(0).file()).isEqualTo(WDI.getFileName().toString());
        }
    }

    @Test
    void partitionsAreNamedByIndicatorAndYearAndTheManifestDescribesEachFile() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("store"))) {
            store.load("worldbank-wdi", WDI);
            store.load("eurostat-asylum", ASYLUM);
            Path out = dir.resolve("export");
            ExportManifest manifest = export(store, null, out);

            assertThat(out.resolve("indicator=REMIT_IN/year=2022")).isDirectory();
            assertThat(out.resolve("indicator=ASYL_APP/year=2023")).isDirectory();
            assertThat(out.resolve(ParquetExport.MANIFEST)).isRegularFile();
            List<String> onDisk;
            try (Stream<Path> folders = Files.find(out, 2, (p, a) -> a.isDirectory() && out.relativize(p).getNameCount() == 2)) {
                onDisk = folders.map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
            }
            assertThat(manifest.partitions()).extracting(ExportManifest.Partition::path).containsExactlyElementsOf(onDisk);
            assertThat(manifest.partitions()).extracting(p -> p.indicator() + "\t" + p.year() + "\t" + p.rows())
                    .containsExactlyElementsOf(store.rows("SELECT indicator, CAST(left(time_period, 4) AS INTEGER) y, "
                            + "count(*) " + CURRENT + " GROUP BY ALL ORDER BY ALL"));
            for (ExportManifest.Partition partition : manifest.partitions()) {
                assertThat(partition.files()).isNotEmpty().allSatisfy(file -> {
                    assertThat(file.path()).startsWith(partition.path() + "/");
                    assertThat(ManifestBuilder.sha256(out.resolve(file.path()))).isEqualTo(file.sha256());
                });
            }
            assertThat(manifest.partitioning()).extracting(ExportManifest.Column::name).containsExactly("indicator", "year");
            assertThat(manifest.columns()).extracting(ExportManifest.Column::name)
                    .doesNotContain("indicator", "year").contains("ref_area", "time_period", "obs_value", "load_id");

            ExportManifest read = JsonMapper.builder().build().readValue(out.resolve(ParquetExport.MANIFEST).toFile(),
                    ExportManifest.class);
            assertThat(read).isEqualTo(manifest);
        }
    }

    @Test
    void asOfExportsTheVintageOfThatDate() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("store"))) {
            LoadReport first = store.load("worldbank-wdi", WDI);
            Instant between = Instant.now();
            Thread.sleep(5);
            String revised = Files.readString(WDI, StandardCharsets.UTF_8).replace("11170423192.2348", "11200000000");
            LoadReport second = store.load("worldbank-wdi", store.file("revised.csv", revised, StandardCharsets.UTF_8));
            assertThat(second.changes().revised()).isEqualTo(1);

            Path now = dir.resolve("now");
            Path then = dir.resolve("then");
            ExportManifest current = export(store, null, now);
            ExportManifest earlier = export(store, between, then);

            String morocco2022 = "SELECT obs_value, load_id FROM %s WHERE ref_area = 'MAR' AND time_period = '2022' "
                    + "AND indicator = 'REMIT_IN'";
            assertThat(store.rows(morocco2022.formatted(parquet(now)))).containsExactly("1.12E10\t" + second.loadId());
            assertThat(store.rows(morocco2022.formatted(parquet(then))))
                    .containsExactly("1.11704231922348E10\t" + first.loadId());
            assertThat(earlier.rows()).isEqualTo(current.rows());
            assertThat(earlier.asOf()).isEqualTo(between.toString());
            assertThat(earlier.lastLoadId()).isEqualTo((long) first.loadId());
            assertThat(earlier.loads()).extracting(ExportManifest.Load::loadId).containsExactly(first.loadId());
            assertThat(current.loads()).extracting(ExportManifest.Load::loadId)
                    .containsExactly(first.loadId(), second.loadId());
            assertThat(current.valueSum()).isNotEqualTo(earlier.valueSum());
        }
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndAFailedExportLeavesNothing() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("store"))) {
            store.load("worldbank-wdi", WDI);
            Path busy = Files.createDirectories(dir.resolve("busy"));
            Files.writeString(busy.resolve("notes.txt"), "mine");
            assertThatThrownBy(() -> export(store, null, busy)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not empty");
            assertThat(busy.resolve("notes.txt")).hasContent("mine");

            Path empty = Files.createDirectories(dir.resolve("empty"));
            assertThat(export(store, null, empty).rows()).isPositive();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".partial-"));
            }
        }
    }

    @Test
    void anEmptyStoreExportsAManifestWithNoPartitions() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("store"))) {
            ExportManifest manifest = export(store, null, dir.resolve("export"));
            assertThat(manifest.rows()).isZero();
            assertThat(manifest.partitions()).isEmpty();
            assertThat(manifest.valueSum()).isEqualTo("0.000000");
            assertThat(dir.resolve("export").resolve(ParquetExport.MANIFEST)).isRegularFile();
        }
    }
}
