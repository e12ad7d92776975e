package org.rives.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.jsonstat.JsonStatFeedReader;
import org.rives.connector.sdmxjson.SdmxJsonFeedReader;
import org.rives.connector.xlsx.XlsxFeedReader;
import org.rives.testing.CountingSink;
import org.rives.testing.GeneratedInput;
import org.rives.testing.HeapPeak;
import org.rives.testing.TestDefinitions;
import org.rives.testing.Workbooks;

/**
 * Inputs far larger than the heap these tests run with (256 MB, the {@code small-heap} Surefire execution):
 * each is read, or refused, in bounded memory, and says how much of the heap it needed. Before, each of
 * them held the whole file, or what it is made of, in memory.
 */
@Tag("small-heap")
class BoundedMemoryTest {

    /** What the cases may keep alive at most: far less than the heap, and far less than the inputs. */
    private static final long HEAP_USED_AT_MOST = 64;

    private static CountingSink read(FeedReader reader, Map<String, ?> options, InputStream input) throws Exception {
        CountingSink sink = new CountingSink();
        reader.read(input, "large", TestDefinitions.of(reader.format(), options), sink);
        return sink;
    }

    @Test
    void readsAMillionRowWorkbook(@TempDir Path dir) throws Exception {
        Path book = millionRows(dir.resolve("million.xlsx"));
        CountingSink[] sink = new CountingSink[1];
        long peak = HeapPeak.of("a workbook of 1,000,000 rows (" + (Files.size(book) >> 20) + " MB)", () -> {
            try (InputStream in = Files.newInputStream(book)) {
                sink[0] = read(new XlsxFeedReader(), Map.of("layout", "wide", "periodHeader", "(\\d{4})"), in);
            }
        });
        assertThat(sink[0].rows).isEqualTo(1_000_000);
        assertThat(sink[0].observations).isEqualTo(2_000_000);
        assertThat(peak).isLessThan(HEAP_USED_AT_MOST);
    }

    /** Written in a method of its own, so that nothing of the writer is still reachable while the sheet is read. */
    private static Path millionRows(Path book) throws Exception {
        try (OutputStream out = Files.newOutputStream(book)) {
            Workbook workbook = new Workbook(out, "rives-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Data");
            sheet.value(0, 0, "Country");
            sheet.value(0, 1, "2020");
            sheet.value(0, 2, "2021");
            for (int r = 1; r <= 1_000_000; r++) {
                sheet.value(r, 0, "C" + r);
                sheet.value(r, 1, r);
                sheet.value(r, 2, r + 0.5);
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return book;
    }

    /**
     * fastexcel held every shared string a cell referred to as a String, and as many as the highest index a
     * cell named (one cell naming string 2,000,000,000 made it add empty strings until the heap ran out).
     */
    @Test
    void refusesAWorkbookWithMoreSharedStringsThanItHolds(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("strings.xlsx");
        byte[] small = Workbooks.withRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").sharedStrings().bytes();
        try (OutputStream out = Files.newOutputStream(book); ZipOutputStream zip = new ZipOutputStream(out);
             ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(small))) {
            for (ZipEntry entry = parts.getNextEntry(); entry != null; entry = parts.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    new GeneratedInput("<sst xmlns=\"" + Workbooks.MAIN + "\">", "<si><t>a</t></si>", 4_000_001, "</sst>")
                            .transferTo(zip);
                } else {
                    parts.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        FeedFormatException[] refused = new FeedFormatException[1];
        long peak = HeapPeak.of("a workbook of 4,000,001 shared strings", () -> {
            try (InputStream in = Files.newInputStream(book)) {
                refused[0] = catchThrowableOfType(FeedFormatException.class, () -> read(new XlsxFeedReader(),
                        Map.of("layout", "wide", "periodHeader", "(\\d{4})"), in));
            }
        });
        assertThat(refused[0]).hasMessage("xl/sharedStrings.xml: the workbook's shared strings hold more than "
                + "4,000,000 strings; Rives holds at most 4,000,000 strings and 67,108,864 bytes of text while it reads "
                + "a sheet");
        assertThat(peak).isLessThan(HEAP_USED_AT_MOST);
    }

    /** Observations held while waiting for a structure that never comes were held in memory. */
    @Test
    void holdsSdmxJsonObservationsOnDiskWhileItsStructureIsAwaited() throws Exception {
        FeedFormatException[] refused = new FeedFormatException[1];
        long peak = HeapPeak.of("SDMX-JSON, 3,000,000 observations and no structure", () -> {
            InputStream input = new GeneratedInput("{\"data\":{\"dataSets\":[{\"series\":{\"0\":{\"observations\":{",
                    "\"0\":[12345.5,0],", 3_000_000, "\"1\":[1]}}}}]}}");
            refused[0] = catchThrowableOfType(FeedFormatException.class, () -> read(new SdmxJsonFeedReader(), null, input));
        });
        assertThat(refused[0]).hasMessage("the message has data sets but no structure to read them with");
        assertThat(peak).isLessThan(HEAP_USED_AT_MOST);
    }

    /** Eurostat writes value before the dimensions: every value was held in memory until they came. */
    @Test
    void holdsJsonStatValuesOnDiskUntilTheDimensionsCome() throws Exception {
        StringBuilder time = new StringBuilder();
        for (int t = 0; t < 20_000; t++) {
            time.append(t == 0 ? "" : ",").append('"').append(t).append('"');
        }
        StringBuilder geo = new StringBuilder();
        for (int g = 0; g < 150; g++) {
            geo.append(g == 0 ? "" : ",").append("\"G").append(g).append('"');
        }
        String dimensions = "}, \"id\":[\"geo\",\"time\"],\"size\":[150,20000],\"dimension\":{\"geo\":{\"category\":"
                + "{\"index\":[" + geo + "]}},\"time\":{\"category\":{\"index\":[" + time + "]}}}}";
        CountingSink[] sink = new CountingSink[1];
        long peak = HeapPeak.of("JSON-stat, 3,000,000 values before their dimensions", () -> {
            InputStream input = new GeneratedInput("{\"class\":\"dataset\",\"value\":{", "\"0\":1234.5,", 2_999_999,
                    "\"2999999\":1" + dimensions);
            sink[0] = read(new JsonStatFeedReader(), null, input);
        });
        assertThat(sink[0].observations).isEqualTo(3_000_000);
        assertThat(peak).isLessThan(HEAP_USED_AT_MOST);
    }

    @Test
    void refusesAJsonStringOfFiftyMillionCharactersAsItReadsIt() throws Exception {
        FeedFormatException[] refused = new FeedFormatException[1];
        long peak = HeapPeak.of("JSON, a code of 50,000,000 characters", () -> {
            InputStream input = new GeneratedInput("{\"class\":\"dataset\",\"id\":[\"", "xxxxxxxxxx", 5_000_000, "\"]}");
            refused[0] = catchThrowableOfType(FeedFormatException.class, () -> read(new JsonStatFeedReader(), null,
                    input));
        });
        assertThat(refused[0].getMessage()).contains("String value length (").contains("exceeds the maximum allowed "
                + "(4194304)");
        assertThat(peak).isLessThan(HEAP_USED_AT_MOST);
    }
}
