package org.rives.connector.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class HostRewriteTest {

    private final HostRewrite rewrite = HostRewrite.parse(List.of(
            "https://ec.europa.eu=http://127.0.0.1:8089/ec.europa.eu",
            "https://api.worldbank.org/=http://mirror.example/wb/"));

    @Test
    void replacesAPublishersOriginKeepingPathAndQueryAsTheyAre() {
        assertThat(rewrite.apply(URI.create("https://ec.europa.eu/eurostat/api/x/A..T?format=TSV&startPeriod=2008")))
                .hasToString("http://127.0.0.1:8089/ec.europa.eu/eurostat/api/x/A..T?format=TSV&startPeriod=2008");
        assertThat(rewrite.apply(URI.create("https://api.worldbank.org/v2/en/indicator/SP.POP.TOTL?downloadformat=csv")))
                .hasToString("http://mirror.example/wb/v2/en/indicator/SP.POP.TOTL?downloadformat=csv");
    }

    @Test
    void leavesOtherOriginsAloneEvenWhenTheyShareAPrefix() {
        assertThat(rewrite.apply(URI.create("https://ec.europa.eu.example.org/data"))).hasToString(
                "https://ec.europa.eu.example.org/data");
        assertThat(rewrite.apply(URI.create("http://ec.europa.eu/data"))).hasToString("http://ec.europa.eu/data");
    }

    @Test
    void refusesAnEntryThatIsNotTwoUrls() {
        assertThatThrownBy(() -> HostRewrite.parse(List.of("ec.europa.eu=localhost")))
                .hasMessageContaining("FROM=TO").hasMessageContaining("ec.europa.eu=localhost");
    }
}
