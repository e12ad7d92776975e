package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mirror pair: immigration to Spain of Moroccan citizens beside emigration from Morocco to Spain. */
class MirrorServiceTest {

    @TempDir
    Path dir;

    private static MirrorRequest request(String indicator, String reporter, String partner) {
        return new MirrorRequest(indicator, reporter, partner, Frequency.A, null, null, null, null, "en");
    }

    @Test
    void destinationAndOriginReportsSideBySideWithTheirRatio() {
        try (CompareFixture fixture = new CompareFixture(dir, "ine-migraciones/24295.csv",
                "illustrative-ma-emigration/emigration_par_destination.csv")) {
            MirrorTable table = fixture.mirror.mirror(request("IMMIG", "ESP", "MAR"));
            assertThat(table.reporter().indicator()).isEqualTo("IMMIG");
            assertThat(table.partner().indicator()).isEqualTo("EMIG");
            assertThat(table.partner().area()).isEqualTo("MAR");
            assertThat(table.periods()).extracting(MirrorTable.Pair::period)
                    .containsExactly("2019", "2020", "2021", "2022", "2023");
            MirrorTable.Pair pair = table.periods().get(3);
            assertThat(pair.reporter().value()).isEqualByComparingTo("76330");
            assertThat(pair.reporter().source()).isEqualTo("ine-migraciones");
            assertThat(pair.partner().value()).isEqualByComparingTo("33100");
            assertThat(pair.partner().comparability().grade()).isEqualTo(Grade.NOT_COMPARABLE);
            assertThat(pair.ratio()).isEqualByComparingTo("2.306");
        }
    }

    @Test
    void theMirrorReadsTheSameWhicheverSideAsks() {
        try (CompareFixture fixture = new CompareFixture(dir, "ine-migraciones/24295.csv",
                "illustrative-ma-emigration/emigration_par_destination.csv")) {
            MirrorTable table = fixture.mirror.mirror(request("EMIG", "MAR", "ESP"));
            assertThat(table.reporter().indicator()).isEqualTo("EMIG");
            assertThat(table.periods().get(3).ratio()).isEqualByComparingTo("0.4336");
        }
    }
}
