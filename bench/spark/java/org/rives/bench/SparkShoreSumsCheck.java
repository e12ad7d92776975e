package org.rives.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.rives.RivesApplication;
import org.rives.export.ExportManifest;
import org.rives.export.ParquetExport;
import org.rives.export.RivesVersion;
import org.rives.store.Database;
import org.rives.testing.TestStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Beyond one machine: Spark in local mode reads the partitioned Parquet export of a Rives store and
 * reproduces the shore sums of the comparable table that {@code /api/compare} gives for the same store.
 * Run by {@code bench/spark.sh} ({@code mvn -Pspark test}), never by {@code mvn verify}.
 */
class SparkShoreSumsCheck {

    static final List<String> NORTH = List.of("ESP", "FRA", "ITA", "MLT", "PRT");
    static final List<String> SOUTH = List.of("DZA", "LBY", "MAR", "MRT", "TUN");

    /** Indicators whose figures both shores have in the samples, each with the one source compared. */
    static final List<List<String>> CASES = List.of(List.of("REMIT_IN", "worldbank-wdi"),
            List.of("NET_MIGR", "worldbank-wdi"), List.of("MIGR_STOCK", "undesa-migrant-stock"),
            List.of("ASYL_SEEKERS", "unhcr-population"));

    /** A shore's sum for one period: what the comparable table says, and what Spark computes. */
    record Cell(String indicator, String shore, String period, BigDecimal compare, Double spark) {
        boolean agrees() {
            if (compare == null || spark == null) {
                return compare == null && spark == null;
            }
            // The table rounds sums to ten significant digits.
            return Math.abs(compare.doubleValue() - spark) <= 1e-9 * Math.max(1, Math.abs(spark));
        }
    }

    @Test
    void sparkReadsTheExportAndGivesTheComparableTablesShoreSums() throws Exception {
        Path work = Files.createDirectories(TestStore.REPO.resolve("bench/work/spark"));
        Path store = Files.createTempDirectory(work, "store-");
        Path export = work.resolve("export-" + store.getFileName());
        Map<String, JsonNode> tables = new TreeMap<>();
        ExportManifest manifest;
        try (ConfigurableApplicationContext rives = SpringApplication.run(RivesApplication.class,
                "--server.address=127.0.0.1", "--server.port=0", "--rives.db=" + store.resolve("rives.duckdb"),
                "--rives.raw-dir=" + store.resolve("raw"), "--rives.home=" + TestStore.REPO,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            String base = "http://127.0.0.1:" + rives.getEnvironment().getProperty("local.server.port");
            for (List<String> c : CASES) {
                tables.put(c.get(0), compare(base, c.get(0), c.get(1)));
            }
            long started = System.nanoTime();
            try (Database.ReadConnection read = rives.getBean(Database.class).read()) {
                manifest = new ParquetExport(RivesVersion.current()).write(read.connection(), null, export);
            }
            System.out.printf("export: %d observations, %d partitions, %d loads, %.1f s, %s%n", manifest.rows(),
                    manifest.partitions().size(), manifest.loads().size(), (System.nanoTime() - started) / 1e9, export);
        }

        // Local mode on the loopback interface only: no web UI, no port on the machine's network address.
        SparkSession spark = SparkSession.builder().master("local[2]").appName("rives-export-check")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try {
            Dataset<Row> observations = spark.read().parquet(export.toString());
            observations.printSchema();
            // The manifest's checksum, as any tool computes it: each value's decimal text, rounded to 6 places.
            Row whole = observations.agg(org.apache.spark.sql.functions.count("*"),
                    sum(col("obs_value").cast("string").cast("decimal(38,6)")),
                    sum(col("obs_value").cast("decimal(38,6)"))).first();
            System.out.printf("spark: %d rows, checksum %s (manifest: %d rows, %s; a direct cast of the doubles "
                    + "would give %s)%n", whole.getLong(0), whole.getDecimal(1).toPlainString(), manifest.rows(),
                    manifest.valueSum(), whole.getDecimal(2).toPlainString());
            List<Cell> cells = new ArrayList<>();
            for (List<String> c : CASES) {
                cells.addAll(shoreSums(observations, tables.get(c.get(0)), c.get(0), c.get(1)));
            }
            print(cells);
            long agreeing = cells.stream().filter(Cell::agrees).count();
            System.out.printf("%d of %d shore sums agree (%d indicators)%n", agreeing, cells.size(), CASES.size());
            assertThat(cells).hasSizeGreaterThan(20).allMatch(Cell::agrees);
            assertThat(whole.getLong(0)).isEqualTo(manifest.rows());
            assertThat(whole.getDecimal(1)).isEqualByComparingTo(manifest.valueSum());
        } finally {
            spark.stop();
        }
    }

    /** Per indicator: how many shore sums agree and the largest relative gap; the latest period in full. */
    private static void print(List<Cell> cells) {
        Map<String, List<Cell>> byIndicator = new TreeMap<>();
        cells.forEach(cell -> byIndicator.computeIfAbsent(cell.indicator(), k -> new ArrayList<>()).add(cell));
        byIndicator.forEach((indicator, list) -> {
            double worst = list.stream().filter(c -> c.compare() != null && c.spark() != null)
                    .mapToDouble(c -> Math.abs(c.compare().doubleValue() - c.spark()) / Math.max(1, Math.abs(c.spark())))
                    .max().orElse(0);
            String first = list.stream().map(Cell::period).min(String::compareTo).orElseThrow();
            String latest = list.stream().map(Cell::period).max(String::compareTo).orElseThrow();
            System.out.printf("%-13s %3d shore sums (%s to %s), %d agree, largest relative gap %.1e%n", indicator,
                    list.size(), first, latest, list.stream().filter(Cell::agrees).count(), worst);
            list.stream().filter(c -> c.period().equals(latest) || !c.agrees()).forEach(c -> System.out.printf(
                    "    %-6s %-8s compare %-18s spark %-22s %s%n", c.shore(), c.period(),
                    c.compare() == null ? "-" : c.compare().toPlainString(),
                    c.spark() == null ? "-" : BigDecimal.valueOf(c.spark()).toPlainString(),
                    c.agrees() ? "ok" : "DIFFERENT"));
        });
    }

    private static JsonNode compare(String base, String indicator, String source) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/api/compare?areas=5P5&freq=A&indicator=" + indicator + "&source=" + source)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    /** Per shore and period, the table's subtotal beside Spark's sum of the same countries' figures. */
    private static List<Cell> shoreSums(Dataset<Row> observations, JsonNode table, String indicator, String source) {
        Map<String, Double> spark = new TreeMap<>();
        for (Map.Entry<String, List<String>> shore : Map.of("5P5_N", NORTH, "5P5_S", SOUTH).entrySet()) {
            observations.where(col("indicator").equalTo(indicator).and(col("source").equalTo(source))
                            .and(col("freq").equalTo("A")).and(col("counterpart_area").equalTo(table.path("partner").asString()))
                            .and(col("sex").equalTo("_T")).and(col("age").equalTo("_T")).and(col("breakdown").equalTo("_T"))
                            .and(col("ref_area").isin(shore.getValue().toArray())))
                    .groupBy("time_period").agg(sum("obs_value")).collectAsList()
                    .forEach(row -> spark.put(shore.getKey() + " " + row.getString(0), row.getDouble(1)));
        }
        Map<String, BigDecimal> compare = new TreeMap<>();
        for (JsonNode group : table.path("groups")) {
            group.path("subtotal").properties().forEach(period -> {
                JsonNode value = period.getValue().path("value");
                if (!value.isNull() && !value.isMissingNode()) {
                    compare.put(group.path("code").asString() + " " + period.getKey(), value.decimalValue()
                            .scaleByPowerOfTen(period.getValue().path("unitMult").asInt()));
                }
            });
        }
        TreeMap<String, Cell> cells = new TreeMap<>();
        for (String key : union(compare.keySet(), spark.keySet())) {
            String[] shoreAndPeriod = key.split(" ");
            cells.put(key, new Cell(indicator, shoreAndPeriod[0], shoreAndPeriod[1], compare.get(key), spark.get(key)));
        }
        return new ArrayList<>(cells.values());
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
