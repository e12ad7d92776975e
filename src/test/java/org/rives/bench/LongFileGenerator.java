package org.rives.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.rives.harmonise.Area;
import org.rives.harmonise.Catalogue;

/**
 * Writes a long file in Eurostat's SDMX-CSV layout with the codes of migr_asyappctzm: one row per
 * citizen x sex x age x reporting country x month, rows sorted by key then period as Eurostat sorts
 * them. Partner and reporting codes are the catalogue's ISO2 codes (Greece as Eurostat's EL); about
 * 3% of figures are missing (":"), some are estimated (e) or provisional (p). Seeded: the same
 * arguments write the same bytes.
 */
final class LongFileGenerator {

    static final String HEADER = "freq,citizen,sex,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG";
    /** EU27 as Eurostat codes them, plus EFTA: the countries that report asylum figures. */
    private static final List<String> REPORTERS = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES",
            "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
            "CH", "IS", "LI", "NO");
    private static final List<String> SEXES = List.of("F", "M", "T", "UNK");
    private static final List<String> AGES = List.of("TOTAL", "Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65", "UNK");
    static final int FIRST_YEAR = 2023;
    static final int MONTHS = 24;

    private LongFileGenerator() {
    }

    /** Writes exactly {@code rows} data rows (plus the header). */
    static void write(Path file, long rows, Catalogue catalogue) throws IOException {
        List<String> citizens = citizens(catalogue);
        String[] periods = new String[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            int month = m % 12 + 1;
            periods[m] = (FIRST_YEAR + m / 12) + "-" + (month < 10 ? "0" : "") + month;
        }
        SplittableRandom random = new SplittableRandom(55);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            outer:
            for (String citizen : citizens) {
                for (String sex : SEXES) {
                    for (String age : AGES) {
                        for (String geo : REPORTERS) {
                            String key = "M," + citizen + "," + sex + "," + age + "," + geo + ",";
                            int scale = 1 + random.nextInt(3000);
                            for (int m = 0; m < MONTHS && written < rows; m++, written++) {
                                out.write(key);
                                out.write(periods[m]);
                                out.write(',');
                                cell(out, random, scale, m);
                                out.write('\n');
                            }
                            if (written >= rows) {
                                break outer;
                            }
                        }
                    }
                }
            }
        }
        if (written < rows) {
            throw new IllegalStateException("the catalogue gives keys for only " + written + " rows");
        }
    }

    private static void cell(BufferedWriter out, SplittableRandom random, int scale, int month) throws IOException {
        int draw = random.nextInt(100);
        if (draw < 3) {
            out.write(":,");
            return;
        }
        out.write(Integer.toString(random.nextInt(scale)));
        if (month >= MONTHS - 3 && draw < 40) {
            out.write(",p");
        } else if (draw >= 95) {
            out.write(",e");
        } else {
            out.write(',');
        }
    }

    /** The total and Extra-EU27 first (Eurostat lists them too), then every catalogue country by ISO2. */
    static List<String> citizens(Catalogue catalogue) {
        List<String> codes = new ArrayList<>(List.of("TOTAL", "EXT_EU27_2020"));
        catalogue.areas().stream().filter(a -> "country".equals(a.kind()))
                .map(Area::iso2).filter(code -> code != null && !code.isBlank()).sorted().forEach(codes::add);
        return codes;
    }
}
