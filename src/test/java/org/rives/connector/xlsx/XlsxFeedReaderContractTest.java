package org.rives.connector.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.connector.FeedReader;
import org.rives.connector.ReaderContract;

/**
 * The compliance kit on an XLSX worksheet. A workbook is a zip, read from its end: the reader spools the
 * bytes to a temporary file, never to the heap, and streams the sheet from there. So streaming is shown
 * here by reading a sheet far larger than a small heap in a JVM given that heap.
 */
class XlsxFeedReaderContractTest extends ReaderContract {

    static byte[] workbook(Consumer<Worksheet> fill) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(bytes, fill);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(OutputStream out, Consumer<Worksheet> fill) throws IOException {
        Workbook workbook = new Workbook(out, "rives-test", "1.0");
        fill.accept(workbook.newWorksheet("Data"));
        workbook.finish();
    }

    @Override
    protected FeedReader reader() {
        return new XlsxFeedReader();
    }

    @Override
    protected Map<String, ?> options() {
        return Map.of("layout", "wide", "periodHeader", "(\\d{4})");
    }

    @Override
    protected byte[] oneRow() {
        return workbook(sheet -> {
            sheet.value(0, 0, "Country");
            sheet.value(0, 1, "2020");
            sheet.value(1, 0, "MA");
            sheet.value(1, 1, 12);
        });
    }

    @Override
    protected String oneRowCell() {
        return "MA 2020=[12]";
    }

    @Override
    protected byte[] twoSeries() {
        return workbook(sheet -> {
            sheet.value(0, 0, "Country");
            sheet.value(0, 1, "2020");
            sheet.value(0, 2, "2021");
            sheet.value(1, 0, "MA");
            sheet.value(1, 1, 1);
            sheet.value(1, 2, 2);
            sheet.value(2, 0, "ES");
            sheet.value(2, 1, 3);
            sheet.value(2, 2, 4);
        });
    }

    @Override
    protected List<String> twoSeriesCells() {
        return List.of("MA 2020=[1]", "MA 2021=[2]", "ES 2020=[3]", "ES 2021=[4]");
    }

    /** A cell holding the spreadsheet error {@code #N/A}, as a failed lookup in the publisher's workbook leaves it. */
    @Override
    protected byte[] badInput() {
        return withErrorCell(oneRow(), "B2", "12", "#N/A");
    }

    @Override
    protected String badInputLocation() {
        return "2:2";
    }

    @Override
    protected Endless endless() {
        return new Endless("PK", "\u0000");
    }

    @Override
    protected boolean streamsFromTheInput() {
        return false;
    }

    @Test
    void readsASheetLargerThanItsHeap(@TempDir Path work) throws Exception {
        Path file = work.resolve("large.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, LargeSheetProbe::fill);
        }
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + LargeSheetProbe.HEAP, "-cp", System.getProperty("java.class.path"),
                LargeSheetProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(output.strip()).as("the probe with a %s heap", LargeSheetProbe.HEAP)
                .isEqualTo("observations " + LargeSheetProbe.CELLS);
        assertThat(probe.exitValue()).isZero();
    }

    /** The workbook with one numeric cell turned into a cell holding a spreadsheet error. */
    static byte[] withErrorCell(byte[] workbook, String address, String value, String error) {
        try {
            Path file = Files.createTempFile("rives-kit-", ".xlsx");
            try {
                Files.write(file, workbook);
                return patched(file, address, value, error);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] patched(Path file, String address, String value, String error) throws IOException {
        try (ZipFile in = new ZipFile(file.toFile());
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceFirst("<c r=\"" + address + "\"[^>]*><v>" + value + "</v></c>",
                                    "<c r=\"" + address + "\" t=\"e\"><v>" + error + "</v></c>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        }
    }
}
