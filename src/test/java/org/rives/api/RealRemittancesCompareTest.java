package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rives.api.CompareFixture.cell;
import static org.rives.api.CompareFixture.group;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

/**
 * The World Bank's real remittances file (vintage 2025-07-01, ../shared/real-feeds) converted to euros
 * with the rates feed and summed by shore with the coverage shown. Oracles are the PROVENANCE figures.
 */
class RealRemittancesCompareTest {

    static final Path FOLDER = TestStore.REPO.getParent().resolve("shared/real-feeds/worldbank-wdi");

    @TempDir
    Path dir;

    private static Path realFile() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "real feeds not present");
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().startsWith("API_BX.TRF.PWKR.CD.DT")).findFirst()
                    .orElseThrow(() -> new org.opentest4j.TestAbortedException("no BX file among the real feeds"));
        }
    }

    @Test
    void convertsToEurosAndSumsByShoreWithCoverage() throws IOException {
        Path bx = realFile();
        try (CompareFixture fixture = new CompareFixture(dir, CompareFixture.RATES_USD, CompareFixture.RATES_EUR)) {
            assertThat(fixture.store.load("worldbank-wdi", bx).status()).isEqualTo(LoadReport.COMMITTED);
            CompareTable table = fixture.compare.compare(CompareFixture.request("REMIT_IN", "2019", "2024", null,
                    "EUR", null, null, false));

            CompareTable.Cell morocco = cell(table, "MAR", "2023");
            assertThat(morocco.value()).isEqualByComparingTo("10871367200");
            assertThat(morocco.conversion().rate()).isEqualByComparingTo("1.0813");
            assertThat(morocco.conversion().rateSource()).isEqualTo("ecb-eurofxref");
            assertThat(cell(table, "LBY", "2023").value()).isEqualByComparingTo("0");

            CompareTable.Subtotal south2023 = group(table, "5P5_S").subtotal().get("2023");
            assertThat(south2023.coverage()).isEqualTo("5 of 5 countries");
            assertThat(south2023.unit()).isEqualTo("EUR");
            assertThat(south2023.value()).isEqualByComparingTo("15409900440");

            CompareTable.Subtotal south2024 = group(table, "5P5_S").subtotal().get("2024");
            assertThat(south2024.have()).isZero();
            assertThat(south2024.value()).isNull();
            assertThat(south2024.missing()).containsExactly("DZA", "LBY", "MAR", "MRT", "TUN");
            assertThat(south2024.coverage()).isEqualTo("0 of 5 countries; Algeria, Libya, Morocco, Mauritania, "
                    + "Tunisia missing");

            CompareTable.Subtotal north2024 = group(table, "5P5_N").subtotal().get("2024");
            assertThat(north2024.coverage()).isEqualTo("5 of 5 countries");
            assertThat(north2024.value()).isNotNull();
            assertThat(table.total().subtotal().get("2024").coverage()).startsWith("5 of 10 countries");
        }
    }
}
