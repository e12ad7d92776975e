package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.rives.compare.CompareNotes;
import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

/** A store holding the repository's samples that comparisons need, and the services reading it. */
final class CompareFixture implements AutoCloseable {

    final TestStore store;
    final CompareService compare;
    final MirrorService mirror;

    CompareFixture(Path dir, String... samples) {
        store = new TestStore(dir);
        for (String sample : samples) {
            String connector = sample.substring(0, sample.indexOf('/'));
            LoadReport report = store.load(connector, TestStore.REPO.resolve("sample-data").resolve(sample));
            assertThat(report.status()).as("load of %s: %s", sample, report.message()).isEqualTo(LoadReport.COMMITTED);
        }
        CompareNotes notes = CompareNotes.load();
        compare = new CompareService(TestStore.catalogue(), store.queries, store.connectors, notes);
        mirror = new MirrorService(TestStore.catalogue(), store.queries, notes, store.connectors);
    }

    static final String REMITTANCES = "worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv";
    static final String RATES_USD = "worldbank-wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_ILLUSTRATIVE.csv";
    static final String GDP = "worldbank-wdi/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_ILLUSTRATIVE.csv";
    static final String POPULATION = "worldbank-wdi/API_SP.POP.TOTL_DS2_en_csv_v2.csv";
    static final String RATES_EUR = "ecb-eurofxref/eurofxref-hist.csv";
    static final String RATES_EUR_MONTHLY = "eurostat-ert/ert_bil_eur_m.tsv";
    static final String MRE = "oc-maroc-mre/transferts_mre_mensuels.csv";
    static final String ASYLUM = "eurostat-asylum/migr_asyappctza.tsv";

    /** A request for annual figures of the 5+5 with the given display options. */
    static CompareService.Request request(String indicator, String from, String to, String source, String currency,
                                          Integer scale, Integer perCapita, boolean shareOfGdp) {
        return new CompareService.Request(indicator, "5P5", null, "A", from, to, source, null, "en", currency, scale,
                perCapita, shareOfGdp);
    }

    static CompareTable.Cell cell(CompareTable table, String area, String period) {
        return table.groups().stream().flatMap(g -> g.rows().stream()).filter(r -> r.area().equals(area))
                .findFirst().orElseThrow().cells().get(period);
    }

    static CompareTable.Group group(CompareTable table, String code) {
        return table.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
