package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rives.compare.CompareFixture.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.harmonise.Harmoniser;
import org.rives.testing.TestStore;

/**
 * Totals computed where a publisher gives only parts: Frontex's detections by route, border type and
 * citizenship, over the repository's sample in a real store. The expected figures are read from the
 * sample workbook here, by a reader of its own, not from the engine.
 */
class BreakdownSumsTest {

    static final String SAMPLE = "frontex-ibc/Monthly_detections_of_IBC_2024_04_05.xlsx";
    static final Map<String, String> ROUTES = Map.of("Western Mediterranean Route", "ROUTE_WMED",
            "Central Mediterranean Route", "ROUTE_CMED", "Eastern Mediterranean Route", "ROUTE_EMED",
            "Western African Route", "ROUTE_WAFR");
    static final Map<String, String> MONTHS = Map.of("D", "2024-01", "E", "2024-02", "F", "2024-03");

    @TempDir
    static Path dir;
    static CompareFixture fixture;

    @BeforeAll
    static void load() {
        fixture = new CompareFixture(dir, SAMPLE);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static CompareTable monthly(String partner) {
        return fixture.compare.compare(new CompareRequest("IBC_DETECT", List.of(), partner, Frequency.M, null, null,
                null, null, "en", Display.AS_PUBLISHED, false, true));
    }

    @Test
    void eachRouteAndMonthIsTheSumOfEveryRowTheWorkbookGivesWhenNoneIsBlank() {
        CompareTable detections = monthly(null);
        Map<String, Map<String, BigDecimal>> expected = routeSums(sheetRows());
        assertThat(expected).containsKeys("ROUTE_WMED", "ROUTE_CMED", "ROUTE_EMED", "ROUTE_WAFR");
        expected.forEach((route, months) -> months.forEach((month, sum) -> {
            CompareTable.Cell cell = cell(detections, route, month);
            if (sum == null) {
                assertThat(cell).as("%s %s has a blank part", route, month).isNull();
            } else {
                assertThat(cell.value()).as("%s %s", route, month).isEqualByComparingTo(sum);
                assertThat(cell.sum().over()).containsExactly("partner", "breakdown");
                assertThat(cell.sum().text()).contains("only if it lists every one");
            }
        }));
        assertThat(cell(detections, "ROUTE_WMED", "2024-01").sum().parts())
                .containsExactly("DZA·SEA", "MAR·LAND", "MAR·SEA");
        assertThat(detections.notes()).anySatisfy(note -> assertThat(note)
                .contains("ROUTE_WMED 2024-03", "MAR·LAND not given"));
    }

    @Test
    void oneCitizenshipIsSummedOverBorderTypesOnly() {
        CompareTable moroccans = monthly("MAR");
        CompareTable.Cell wmed = cell(moroccans, "ROUTE_WMED", "2024-02");
        Map<String, BigDecimal> moroccanRows = new TreeMap<>();
        sheetRows().stream().filter(row -> row.get("A").equals("Western Mediterranean Route")
                && row.get("C").equals("Morocco")).forEach(row -> moroccanRows.merge("2024-02",
                new BigDecimal(row.get("E")), BigDecimal::add));
        assertThat(wmed.value()).isEqualByComparingTo(moroccanRows.get("2024-02"));
        assertThat(wmed.sum().over()).containsExactly("breakdown");
        assertThat(wmed.sum().parts()).containsExactly("MAR·LAND", "MAR·SEA");
    }

    @Test
    void aPublishedTotalWinsOverTheSumOfItsParts() {
        FakeObservations figures = new FakeObservations()
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", Harmoniser.TOTAL, Harmoniser.TOTAL, "2024-01", 999,
                        "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "DZA", "SEA", "2024-01", 410, "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "MAR", "LAND", "2024-01", 35, "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "DZA", "SEA", "2024-02", 265, "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "MAR", "LAND", "2024-02", 20, "NR");
        CompareTable table = engine(figures).compare(request());
        assertThat(cell(table, "ROUTE_WMED", "2024-01").value()).isEqualByComparingTo("999");
        assertThat(cell(table, "ROUTE_WMED", "2024-01").sum()).isNull();
        assertThat(cell(table, "ROUTE_WMED", "2024-02").value()).isEqualByComparingTo("285");
        assertThat(cell(table, "ROUTE_WMED", "2024-02").sum()).isNotNull();
    }

    @Test
    void thePublishersTotalsByBorderTypeAreSummedNotTheCitizenshipsUnderThem() {
        FakeObservations figures = new FakeObservations()
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", Harmoniser.TOTAL, "SEA", "2024-01", 700, "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", Harmoniser.TOTAL, "LAND", "2024-01", 40, "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "DZA", "SEA", "2024-01", 410, "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "MAR", "LAND", "2024-01", 35, "NR");
        CompareTable.Cell wmed = cell(engine(figures).compare(request()), "ROUTE_WMED", "2024-01");
        assertThat(wmed.value()).isEqualByComparingTo("740");
        assertThat(wmed.sum().over()).containsExactly("breakdown");
    }

    @Test
    void aBreakdownThatIsNotAPartitionIsNeverSummed() {
        FakeObservations figures = new FakeObservations()
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "DZA", "SEA", "2024-01", 410, "NR")
                .addPart("frontex-ibc", "IBC_DETECT", "ROUTE_WMED", "DZA", "UNKNOWN", "2024-01", 5, "NR");
        assertThat(engine(figures).compare(request()).periods()).isEmpty();
    }

    private static CompareEngine engine(FakeObservations figures) {
        return new CompareEngine(TestStore.catalogue(), figures, new FakeSources(Map.of("frontex-ibc", false)),
                CompareNotes.load());
    }

    private static CompareRequest request() {
        return new CompareRequest("IBC_DETECT", List.of("ROUTE_WMED"), null, Frequency.M, null, null, null, null,
                "en", Display.AS_PUBLISHED);
    }

    /** Route → month → the sum of every row of the route, or null when one of its cells is blank. */
    private static Map<String, Map<String, BigDecimal>> routeSums(List<Map<String, String>> rows) {
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (Map<String, String> row : rows) {
            Map<String, BigDecimal> route = sums.computeIfAbsent(ROUTES.get(row.get("A")), r -> new TreeMap<>());
            MONTHS.forEach((column, month) -> {
                String value = row.get(column);
                boolean blankBefore = route.containsKey(month) && route.get(month) == null;
                route.put(month, value == null || blankBefore ? null
                        : route.getOrDefault(month, BigDecimal.ZERO).add(new BigDecimal(value)));
            });
        }
        return sums;
    }

    /** The data rows of the sample's sheet: column letter → text, blank cells absent (inline strings, numbers). */
    private static List<Map<String, String>> sheetRows() {
        Pattern row = Pattern.compile("<row r=\"(\\d+)\"[^>]*>(.*?)</row>");
        Pattern cell = Pattern.compile("<c r=\"([A-Z]+)\\d+\"[^>]*>(?:<is><t>([^<]*)</t></is>|<v>([^<]*)</v>)</c>");
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher rowMatch = row.matcher(sheet());
        while (rowMatch.find()) {
            Map<String, String> cells = new LinkedHashMap<>();
            Matcher cellMatch = cell.matcher(rowMatch.group(2));
            while (cellMatch.find()) {
                cells.put(cellMatch.group(1), cellMatch.group(2) != null ? cellMatch.group(2) : cellMatch.group(3));
            }
            if (ROUTES.containsKey(cells.get("A"))) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String sheet() {
        try (ZipFile zip = new ZipFile(TestStore.REPO.resolve("sample-data").resolve(SAMPLE).toFile());
             InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
