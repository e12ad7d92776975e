package org.rives.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;

/**
 * Writes a wide file in the layout of the World Bank's WDI bulk CSV: byte-order mark, four preamble
 * lines, a header {@code "Country Name","Country Code","Indicator Name","Indicator Code","1960",...,"2024",}
 * with its trailing comma, every cell quoted, CRLF endings, one row per country and indicator (the
 * World Bank's own aggregates included), early years empty as in the real file. Seeded.
 */
final class WideFileGenerator {

    static final int FIRST_YEAR = 1960;
    static final int LAST_YEAR = 2024;
    /** The aggregates the WDI lists among countries; the connector excludes them. */
    private static final List<String> AGGREGATES = List.of("AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS",
            "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC", "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN",
            "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS",
            "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD");

    private WideFileGenerator() {
    }

    /** Writes one row per country (and aggregate) per indicator code; returns the number of data rows. */
    static long write(Path file, List<String> indicators, Catalogue catalogue) throws IOException {
        SplittableRandom random = new SplittableRandom(1960);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF\"Data Source\",\"World Development Indicators\",\r\n\r\n");
            out.write("\"Last Updated Date\",\"2025-07-01\",\r\n\r\n");
            out.write("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",");
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                out.write("\"" + year + "\",");
            }
            out.write("\r\n");
            for (String[] economy : economies(catalogue)) {
                for (String indicator : indicators) {
                    row(out, random, economy, indicator);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void row(BufferedWriter out, SplittableRandom random, String[] economy, String indicator)
            throws IOException {
        out.write("\"" + economy[0].replace("\"", "\"\"") + "\",\"" + economy[1] + "\",\"" + name(indicator)
                + "\",\"" + indicator + "\",");
        int start = FIRST_YEAR + random.nextInt(45);
        boolean percent = indicator.endsWith("ZS") || indicator.endsWith("5Y");
        double level = percent ? random.nextDouble() * 40 : Math.pow(10, 3 + random.nextInt(7)) * random.nextDouble();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            out.write('"');
            if (year >= start && random.nextInt(100) >= 4) {
                level *= 0.97 + random.nextDouble() * 0.07;
                out.write(percent || random.nextBoolean() ? decimal(level) : Long.toString(Math.round(level)));
            }
            out.write("\",");
        }
        out.write("\r\n");
    }

    /** A plain decimal as the WDI writes it (never an exponent). */
    private static String decimal(double value) {
        long scaled = Math.round(value * 1000);
        long whole = scaled / 1000;
        long fraction = scaled % 1000;
        return whole + "." + (fraction < 100 ? fraction < 10 ? "00" : "0" : "") + fraction;
    }

    private static String name(String code) {
        return "Indicator " + code + " (generated for the benchmark)";
    }

    /** Countries with their ISO3 code, and the aggregates, sorted by name as the WDI sorts them. */
    private static List<String[]> economies(Catalogue catalogue) {
        List<String[]> economies = new ArrayList<>();
        catalogue.areas().stream().filter(a -> "country".equals(a.kind()) && a.iso3() != null && !a.iso3().isBlank())
                .forEach(a -> economies.add(new String[] {a.name("en"), a.iso3()}));
        AGGREGATES.forEach(code -> economies.add(new String[] {"Aggregate " + code, code}));
        economies.sort(Comparator.comparing((String[] e) -> e[0]));
        return economies;
    }
}
