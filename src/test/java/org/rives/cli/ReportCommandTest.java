package org.rives.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/** {@code rives report --out}: the follow-up report written to a file, from the figures of a store. */
class ReportCommandTest {

    @Test
    void writesThePrintableReportInTheLanguageAsked(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("rives.duckdb");
        try (TestStore store = new TestStore(dir)) {
            store.load("worldbank-wdi",
                    TestStore.REPO.resolve("sample-data/worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv"));
        }
        Path out = dir.resolve("out/report.html");

        int exit = RivesCommand.run(new String[] {"--db", db.toString(), "--home", TestStore.REPO.toString(),
                "report", "--out", out.toString(), "--lang", "fr", "--since", "2000-01-01"});

        assertThat(exit).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">", "Rapport de suivi",
                "Envois de fonds personnels reçus", "<th scope=\"row\">Maroc</th>", "data-value=\"11170423192.2348\"",
                "Ce qui a changé depuis le 2000-01-01", "@media print");
        assertThat(html).doesNotContain("<form");
        assertThat(RivesCommand.isServe(new String[] {"report", "--out", "x.html"})).isFalse();
    }

    @Test
    void refusesAnUnknownLanguage(@TempDir Path dir) {
        int exit = RivesCommand.run(new String[] {"--db", dir.resolve("x.duckdb").toString(), "report", "--out",
                dir.resolve("r.html").toString(), "--lang", "de"});

        assertThat(exit).isEqualTo(2);
    }
}
