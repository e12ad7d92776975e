package org.rives.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.rives.store.LoadReport;
import org.rives.testing.TestStore;

/** A store holding the repository's samples that comparisons need, and the services reading it. */
final class CompareFixture implements AutoCloseable {

    final TestStore store;
    final CompareEngine compare;
    final MirrorEngine mirror;

    CompareFixture(Path dir, String... samples) {
        store = new TestStore(dir);
        for (String sample : samples) {
            String connector = sample.substring(0, sample.indexOf('/'));
            LoadReport report = store.load(connector, TestStore.REPO.resolve("sample-data").resolve(sample));
            assertThat(report.status()).as("load of %s: %s", sample, report.message()).isEqualTo(LoadReport.COMMITTED);
        }
        CompareNotes notes = CompareNotes.load();
        ObservationSource observations = ObservationSource.of(store.queries);
        SourceDirectory sources = SourceDirectory.of(store.connectors);
        compare = new CompareEngine(TestStore.catalogue(), observations, sources, notes);
        mirror = new MirrorEngine(TestStore.catalogue(), observations, notes, compare);
    }

    static final String REMITTANCES = "worldbank-wdi/API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv";
    static final String RATES_USD = "worldbank-wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_ILLUSTRATIVE.csv";
    static final String GDP = "worldbank-wdi/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_ILLUSTRATIVE.csv";
    static final String POPULATION = "worldbank-wdi/API_SP.POP.TOTL_DS2_en_csv_v2.csv";
    static final String RATES_EUR = "ecb-eurofxref/eurofxref-hist.csv";
    static final String RATES_EUR_MONTHLY = "eurostat-ert/ert_bil_eur_m.tsv";
    static final String MRE = "oc-maroc-mre/transferts_mre_mensuels.csv";
    static final String ASYLUM = "eurostat-asylum/migr_asyappctza.tsv";
    static final String ASYLUM_MONTHLY = "eurostat-asylum/migr_asyappctzm.tsv";
    static final String TUNISIA_WAGES = "bct-tn-revenus-travail/revenus_du_travail_mensuels.csv";

    /** A request for annual figures of the 5+5 with the given display options. */
    static CompareRequest request(String indicator, String from, String to, String source, String currency,
                                  Integer scale, Integer perCapita, boolean shareOfGdp) {
        return new CompareRequest(indicator, TestStore.catalogue().fivePlusFive().stream().map(a -> a.code()).toList(),
                null, Frequency.A, from, to, source, null, "en", Display.checked(Display.currency(currency), scale,
                perCapita, shareOfGdp));
    }

    /** An annual, as-published request of the 5+5 that asks for part-years and illustrative figures or not. */
    static CompareRequest request(String indicator, String from, String to, boolean partYears, boolean illustrative) {
        return new CompareRequest(indicator, TestStore.catalogue().fivePlusFive().stream().map(a -> a.code()).toList(),
                null, Frequency.A, from, to, null, null, "en", Display.AS_PUBLISHED, partYears, illustrative);
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
