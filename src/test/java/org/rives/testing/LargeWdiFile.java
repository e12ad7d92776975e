package org.rives.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A large file in the World Bank WDI bulk layout, for loads that must take a while or fill a disk: every
 * catalogue country for four WDI indicators, one column per year, every cell a distinct figure.
 */
public final class LargeWdiFile {

    private static final List<String> INDICATORS = List.of("BX.TRF.PWKR.CD.DT", "BM.TRF.PWKR.CD.DT", "SM.POP.NETM",
            "SP.POP.TOTL");

    private LargeWdiFile() {
    }

    /**
     * Writes {@code years} year columns ending with 2024 (about a thousand observations and nine kilobytes
     * per year); {@code scale} multiplies every figure, so that two files differ in every value.
     */
    public static Path write(Path file, int years, double scale) throws IOException {
        List<String> areas = TestStore.catalogue().areas().stream().filter(a -> "country".equals(a.kind()))
                .map(a -> a.iso3()).toList();
        int first = 2025 - years;
        StringBuilder header = new StringBuilder("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
        for (int year = first; year < 2025; year++) {
            header.append(",\"").append(year).append('"');
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(header.append(",\r\n").toString());
            for (String indicator : INDICATORS) {
                for (String area : areas) {
                    StringBuilder row = new StringBuilder("\"x\",\"" + area + "\",\"x\",\"" + indicator + "\"");
                    for (int year = first; year < 2025; year++) {
                        row.append(",\"").append(year * scale).append('"');
                    }
                    writer.write(row.append(",\r\n").toString());
                }
            }
        }
        return file;
    }
}
