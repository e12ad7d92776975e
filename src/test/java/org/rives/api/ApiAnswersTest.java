package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rives.testing.JsonFields;
import org.rives.testing.ServerTest;
import org.rives.testing.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers the committee page and scripts read, pinned: each request's JSON is compared field by
 * field with {@code src/test/resources/api-answers/<name>.json}, and each CSV line by line with
 * {@code <name>.csv}, over the samples loaded on start. Times and load ids are checked for presence and
 * type only (a load id depends on how many samples were loaded before). Regenerate on purpose with {@code -Drives.golden.update=true} and review the diff.
 */
class ApiAnswersTest extends ServerTest {

    static final Path ROOT = TestStore.REPO.resolve("src/test/resources/api-answers");
    static final Set<String> VOLATILE = Set.of("loadId", "loadedAt", "supersededAt");
    /** The CSV columns that hold load ids. */
    static final Set<String> VOLATILE_COLUMNS = Set.of("load_id", "superseded_by");
    static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static Stream<Arguments> jsonAnswers() {
        return Stream.of(
                Arguments.of("compare-remittances", "/api/compare?indicator=REMIT_IN&areas=5P5&from=2015&to=2024"),
                Arguments.of("compare-remittances-eur", "/api/compare?indicator=REMIT_IN&from=2019&to=2024"
                        + "&currency=EUR"),
                Arguments.of("compare-remittances-native", "/api/compare?indicator=REMIT_IN&from=2021&to=2024"
                        + "&currency=native"),
                Arguments.of("compare-remittances-per-capita", "/api/compare?indicator=REMIT_IN&from=2020&to=2023"
                        + "&perCapita=100000"),
                Arguments.of("compare-remittances-gdp", "/api/compare?indicator=REMIT_IN&from=2020&to=2023"
                        + "&shareOfGdp=true"),
                Arguments.of("compare-remittances-scale-fr", "/api/compare?indicator=REMIT_IN&from=2022&to=2024"
                        + "&scale=6&lang=fr"),
                Arguments.of("compare-remittances-one-source", "/api/compare?indicator=REMIT_IN&source=oc-maroc-mre"),
                Arguments.of("compare-remittances-monthly", "/api/compare?indicator=REMIT_IN&freq=M&areas=MAR"
                        + "&from=2024-01&to=2024-12"),
                Arguments.of("compare-asylum-ar", "/api/compare?indicator=ASYL_APP&from=2019&lang=ar"),
                Arguments.of("compare-stock", "/api/compare?indicator=MIGR_STOCK&from=2015"),
                Arguments.of("compare-immigration-partner", "/api/compare?indicator=IMMIG&partner=MAR"),
                Arguments.of("compare-before-any-load", "/api/compare?indicator=REMIT_IN&asOf=2000-01-01"),
                Arguments.of("compare-detections-monthly", "/api/compare?indicator=IBC_DETECT&freq=M"
                        + "&illustrative=true"),
                Arguments.of("mirror-spain-morocco", "/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR"),
                Arguments.of("mirror-morocco-spain-fr", "/api/mirror?indicator=EMIG&reporter=MAR&partner=ESP&lang=fr"),
                Arguments.of("revisions-morocco-2022", "/api/revisions?indicator=REMIT_IN&area=MAR&period=2022"),
                Arguments.of("changes-euro-rates", "/api/changes?since=2000-01-01&indicator=XRATE_EUR"),
                Arguments.of("changes-none", "/api/changes?since=2000-01-01&asOf=2000-01-02"),
                Arguments.of("observations-asylum-spain", "/api/observations?indicator=ASYL_APP&area=ES&from=2019"
                        + "&to=2024&size=20"),
                Arguments.of("catalogue-groups", "/api/catalogue?kind=group"));
    }

    static Stream<Arguments> csvAnswers() {
        return Stream.of(
                Arguments.of("compare-remittances", "/api/compare?indicator=REMIT_IN&from=2019&to=2024&format=csv"),
                Arguments.of("compare-remittances-eur", "/api/compare?indicator=REMIT_IN&from=2022&to=2024"
                        + "&currency=EUR&format=csv"),
                Arguments.of("compare-detections-monthly", "/api/compare?indicator=IBC_DETECT&freq=M"
                        + "&illustrative=true&format=csv"),
                Arguments.of("mirror-spain-morocco", "/api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR&format=csv"),
                Arguments.of("revisions-morocco-2022", "/api/revisions?indicator=REMIT_IN&area=MAR&period=2022"
                        + "&format=csv"),
                Arguments.of("changes-euro-rates", "/api/changes?since=2000-01-01&indicator=XRATE_EUR&format=csv"),
                Arguments.of("observations-asylum-spain", "/api/observations?indicator=ASYL_APP&area=ES&from=2019"
                        + "&to=2024&size=20&format=csv"),
                Arguments.of("observations-asylum-spain-sdmx", "/api/observations?indicator=ASYL_APP&area=ES"
                        + "&from=2019&to=2024&size=20&format=sdmx-csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonAnswers")
    void json(String name, String path) throws Exception {
        JsonNode actual = json(path);
        Path golden = ROOT.resolve(name + ".json");
        if (writeGolden(golden)) {
            Files.writeString(golden, PRETTY.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
            assertWrittenOnPurpose(golden);
        }
        JsonNode expected = JSON.readTree(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(JsonFields.differences(expected, actual, VOLATILE)).as("%s against %s", path, golden).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvAnswers")
    void csv(String name, String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String actual = withoutLoadIds(withoutInstants(response.body()));
        Path golden = ROOT.resolve(name + ".csv");
        if (writeGolden(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            assertWrittenOnPurpose(golden);
        }
        assertThat(actual.lines()).as("%s against %s", path, golden)
                .containsExactlyElementsOf(Files.readString(golden, StandardCharsets.UTF_8).lines().toList());
    }

    /**
     * Load times differ from run to run; everything else of a CSV is pinned. The CSV writer quotes a cell
     * longer than 24 characters, and an instant is 24 characters or 27 depending on its microseconds, so
     * the quotes around one are not pinned either.
     */
    private static String withoutInstants(String csv) {
        return csv.replaceAll("\"?\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z\"?", "\"<instant>\"");
    }

    /** A load id that is there reads {@code <load>}; an empty one (not superseded) stays empty. */
    private static String withoutLoadIds(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = fields(lines.get(0));
        List<Integer> volatileColumns = IntStream.range(0, header.size())
                .filter(i -> VOLATILE_COLUMNS.contains(header.get(i))).boxed().toList();
        if (volatileColumns.isEmpty()) {
            return csv;
        }
        StringBuilder masked = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = new ArrayList<>(fields(line));
            volatileColumns.stream().filter(i -> i < fields.size() && !fields.get(i).isEmpty())
                    .forEach(i -> fields.set(i, "<load>"));
            masked.append(String.join(",", fields)).append('\n');
        }
        return masked.toString();
    }

    /** The fields of a CSV line as written (quotes kept), split at the commas outside quotes. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                quoted ^= c == '"';
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static void assertWrittenOnPurpose(Path golden) {
        assertThat(Boolean.getBoolean("rives.golden.update"))
                .as("%s did not exist and was written; review it and run again", golden).isTrue();
    }

    private static boolean writeGolden(Path golden) throws IOException {
        if (!Boolean.getBoolean("rives.golden.update") && Files.exists(golden)) {
            return false;
        }
        Files.createDirectories(golden.getParent());
        return true;
    }
}
