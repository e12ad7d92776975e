package org.rives.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.rives.testing.ReplayServer.Recording;

/**
 * What every pull connector asks its publisher for, URL by URL, as literal text (a connector whose template
 * drifts from these fails its test) but for the years that move with the clock, and what the replay answers
 * there: the publisher's real bytes from
 * {@code ../shared/real-feeds} where a real file of that endpoint's layout exists, otherwise the connector's
 * sample file. {@code served} says which, and where the recorded query differs from the one served (a
 * narrower filter, an upper year bound), it says so. Zip and gzip containers that the real-feeds folder does
 * not hold are built around the recorded bytes; the bytes inside are unchanged.
 *
 * <p>In the URLs below, {@code {Y}} stands for the current year and {@code {M}} for the start of a moved
 * period window, two years earlier (every connector's lookback is 2); a first fetch starts each window at its
 * {@code from}.
 */
public final class PublisherRecordings {

    /** The clock of every replay. */
    public static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private static final String ESTAT_21 = "https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/";
    private static final String ESTAT_30 = "https://ec.europa.eu/eurostat/api/dissemination/sdmx/3.0/data/dataflow/ESTAT/";
    private static final String ESTAT_STATS = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/";
    private static final String LABELS = "?compress=false&format=csvdata&formatVersion=1.0&lang=en&labels=label_only";
    private static final String SOUTH = "citizen=TOTAL&citizen=DZ&citizen=LY&citizen=MA&citizen=MR&citizen=TN";
    private static final String NORTH = "geo=EU27_2020&geo=ES&geo=FR&geo=IT&geo=MT&geo=PT";
    private static final String WB_BULK = "https://api.worldbank.org/v2/en/indicator/";
    private static final String OECD = "https://sdmx.oecd.org/public/rest/data/OECD.ELS.IMD,";
    private static final String ISTAT = "https://esploradati.istat.it/SDMXWS/rest/data/";
    private static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=1.0.0";
    private static final String UNHCR = "https://api.unhcr.org/population/v1/population/?limit=20&dataset=population"
            + "&displayType=totals&columns%5B%5D=refugees&columns%5B%5D=asylum_seekers&yearFrom=";

    /** One URL a connector sends, what the replay serves there, and where those bytes come from. */
    public record Route(String url, Supplier<Recording> recording, String served) {
        Route inYear(int year) {
            return new Route(resolve(url, year), recording, served);
        }
    }

    private PublisherRecordings() {
    }

    /** The pull connectors, in the order {@code refresh --all} takes them. */
    public static Set<String> connectors() {
        return FIRST.keySet();
    }

    /** The URLs of a first refresh in {@code year} (no fetch before): each period window from its first year. */
    public static List<Route> firstRun(String connector, int year) {
        return FIRST.get(connector).stream().map(route -> route.inYear(year)).toList();
    }

    /**
     * The URLs a second refresh in {@code year} sends where a period window moved: no body was recorded for
     * them, so the replay answers only "not modified" to a request dated after the recording.
     */
    public static List<String> movedWindows(String connector, int year) {
        return MOVED.getOrDefault(connector, List.of()).stream().map(url -> resolve(url, year)).toList();
    }

    private static String resolve(String url, int year) {
        return url.replace("{Y}", String.valueOf(year)).replace("{M}", String.valueOf(year - 2));
    }

    private static final Map<String, List<Route>> FIRST = new LinkedHashMap<>();
    private static final Map<String, List<String>> MOVED = new LinkedHashMap<>();

    static {
        FIRST.put("eurostat-asylum", List.of(
                new Route(ESTAT_21 + "migr_asyappctza/A.EXT_EU27_2020+DZ+LY+MA+MR+TN.T.PER.TOTAL..?format=TSV"
                        + "&compressed=true&startPeriod=2008",
                        () -> real("eurostat-tsv/migr_asyappctza_EXT_EU27_2020_annual_2013-2024.tsv").gzipped(),
                        "real TSV, gzipped here; recorded for citizen EXT_EU27_2020 only, 2013-2024"),
                new Route(ESTAT_21 + "migr_asyappctzm/M.PER.EXT_EU27_2020+DZ+LY+MA+MR+TN.T.TOTAL..?format=TSV"
                        + "&compressed=true&startPeriod=2008",
                        () -> real("eurostat-tsv/migr_asyappctzm_EXT_EU27_2020_monthly_2024-03_2025-02.tsv").gzipped(),
                        "real TSV, gzipped here; recorded for citizen EXT_EU27_2020 only, 2024-03 to 2025-02")));
        MOVED.put("eurostat-asylum", List.of(
                ESTAT_21 + "migr_asyappctza/A.EXT_EU27_2020+DZ+LY+MA+MR+TN.T.PER.TOTAL..?format=TSV&compressed=true"
                        + "&startPeriod={M}",
                ESTAT_21 + "migr_asyappctzm/M.PER.EXT_EU27_2020+DZ+LY+MA+MR+TN.T.TOTAL..?format=TSV&compressed=true"
                        + "&startPeriod={M}"));
        FIRST.put("eurostat-asylum-sdmx", List.of(new Route(ESTAT_30 + "tps00191/1.0/*.*.*.*.*.*.*" + LABELS,
                () -> real("eurostat-sdmx-csv/tps00191_asylum_applicants_labels.csv"), "real SDMX-CSV with labels")));
        FIRST.put("eurostat-residence-permits", List.of(new Route(ESTAT_30 + "tps00171/1.0/*.*.*.*.*.*" + LABELS,
                () -> real("eurostat-sdmx-csv/tps00171_all_valid_permits_31dec_labels.csv"), "real SDMX-CSV with labels")));
        FIRST.put("eurostat-first-permits-sdmx", List.of(new Route(ESTAT_30 + "tps00170/1.0/*.*.*.*.*.*" + LABELS,
                () -> real("eurostat-first-permits/tps00170_first_permits_labels.csv"), "real SDMX-CSV with labels")));
        FIRST.put("eurostat-ert", List.of(new Route(ESTAT_21 + "ert_bil_eur_m/M.AVG.NAC.USD?format=TSV&compressed=true",
                () -> real("eurostat-ert/ert_bil_eur_m_bulk_2014-09.tsv.gz"),
                "the publisher's gzip of the 2014 bulk download: every currency, the pre-2023 layout (the API now "
                        + "writes the current one, which the connector reads as well)")));
        FIRST.put("eurostat-ert-annual", List.of(new Route(ESTAT_STATS + "ert_bil_eur_a?format=JSON&lang=EN&unit=NAC"
                + "&currency=USD&statinfo=AVG&sinceTimePeriod=1999", () -> real("eurostat-ert/ert_bil_eur_a_USD_2018.json"),
                "real JSON-stat; recorded for time=2018 only")));
        MOVED.put("eurostat-ert-annual", List.of(ESTAT_STATS + "ert_bil_eur_a?format=JSON&lang=EN&unit=NAC&currency=USD"
                + "&statinfo=AVG&sinceTimePeriod={M}"));
        FIRST.put("ecb-eurofxref", List.of(new Route("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
                () -> real("ecb-eurofxref/eurofxref-hist_2026-04-13.zip"), "the ECB's own zip of 2026-04-13")));
        FIRST.put("ecb-eurofxref-daily", List.of(new Route("https://www.ecb.europa.eu/stats/eurofxref/eurofxref.zip",
                () -> Recording.of(ReplayServer.zip(Map.of("eurofxref.csv",
                        bytes(RealFeeds.file("ecb-eurofxref/eurofxref_2026-04-13.csv"))))),
                "the real one-day CSV of 2026-04-13, zipped here under its member name: the recorder kept the member, "
                        + "not the ECB's eurofxref.zip")));
        jsonStat("eurostat-illegal-present", "migr_eipre?format=JSON&lang=EN&age=TOTAL&sex=T&unit=PER&" + SOUTH,
                () -> real("eurostat-api-jsonstat/eurostat_migr_eipre.json"),
                "real JSON-stat; recorded for citizen=TOTAL, until 2022");
        jsonStat("eurostat-foreign-citizens", "migr_pop1ctz?format=JSON&lang=EN&age=TOTAL&sex=T&unit=NR&citizen=FOR_STLS",
                () -> real("eurostat-api-jsonstat/eurostat_migr_pop1ctz.json"), "real JSON-stat; recorded until 2022");
        jsonStat("eurostat-foreign-born", "migr_pop3ctb?format=JSON&lang=EN&age=TOTAL&sex=T&unit=NR&c_birth=FOR",
                () -> real("eurostat-api-jsonstat/eurostat_migr_pop3ctb.json"), "real JSON-stat; recorded until 2022");
        jsonStat("eurostat-immigration", "migr_imm1ctz?format=JSON&lang=EN&age=TOTAL&agedef=COMPLET&sex=T&unit=NR&"
                + SOUTH + "&" + NORTH, () -> sample("eurostat-immigration/migr_imm1ctz_ILLUSTRATIVE.json"),
                "sample (illustrative): no real migr_imm1ctz file exists");
        jsonStat("eurostat-emigration", "migr_emi1ctz?format=JSON&lang=EN&age=TOTAL&agedef=COMPLET&sex=T&unit=NR&"
                + SOUTH + "&" + NORTH, () -> sample("eurostat-emigration/migr_emi1ctz_ILLUSTRATIVE.json"),
                "sample (illustrative): no real migr_emi1ctz file exists");
        jsonStat("eurostat-citizenship", "migr_acq?format=JSON&lang=EN&age=TOTAL&agedef=COMPLET&sex=T&unit=NR&"
                + SOUTH + "&" + NORTH, () -> sample("eurostat-citizenship/migr_acq_ILLUSTRATIVE.json"),
                "sample (illustrative): no real migr_acq file exists");
        String resfirst = ESTAT_21 + "migr_resfirst/A.EDUC+EMP+FAM+OTH+TOTAL.TOTAL+DZ+LY+MA+MR+TN.TOTAL.PER."
                + "EU27_2020+ES+FR+IT+MT+PT?format=TSV&compressed=true&startPeriod=";
        FIRST.put("eurostat-first-permits", List.of(new Route(resfirst + "2010",
                () -> real("eurostat-first-permits/estat_migr_resfirst_filtered.tsv").gzipped(),
                "real TSV (the data browser's download), gzipped here; recorded for citizen TOTAL, 2023, 32 countries")));
        MOVED.put("eurostat-first-permits", List.of(resfirst + "{M}"));
        FIRST.put("worldbank-wdi", List.of(
                new Route(WB_BULK + "BX.TRF.PWKR.CD.DT?downloadformat=csv", () -> wdiZip("worldbank-wdi",
                        "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv", "Metadata_Country_API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv",
                        "Metadata_Indicator_API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"), "real CSV and metadata, zipped here"),
                new Route(WB_BULK + "BM.TRF.PWKR.CD.DT?downloadformat=csv", () -> wdiZip("worldbank-wdi",
                        "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv"), "real CSV, zipped here"),
                new Route(WB_BULK + "SM.POP.NETM?downloadformat=csv", () -> wdiZip("worldbank-wdi",
                        "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv", "Metadata_Indicator_API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv"),
                        "real CSV and metadata, zipped here"),
                new Route(WB_BULK + "SP.POP.TOTL?downloadformat=csv",
                        () -> real("worldbank-wdi-population/API_SP.POP.TOTL_DS2_en_csv_v2_2018-04-20.zip"),
                        "the publisher's own zip of 2018-04-20"),
                new Route(WB_BULK + "PA.NUS.FCRF?downloadformat=csv", () -> Recording.of(ReplayServer.zip(Map.of(
                        "API_PA.NUS.FCRF_DS2_en_csv_v2.csv",
                        bytes(sampleFile("worldbank-wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_ILLUSTRATIVE.csv"))))),
                        "sample (illustrative), zipped under the publisher's name: no real PA.NUS.FCRF file exists"),
                new Route(WB_BULK + "NY.GDP.MKTP.CD?downloadformat=csv", () -> Recording.of(ReplayServer.zip(Map.of(
                        "API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv",
                        bytes(sampleFile("worldbank-wdi/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_ILLUSTRATIVE.csv"))))),
                        "sample (illustrative), zipped under the publisher's name: no real NY.GDP.MKTP.CD file exists")));
        FIRST.put("worldbank-api-migrant-stock", List.of(new Route(
                "https://api.worldbank.org/v2/country/all/indicator/SM.POP.TOTL?format=json&per_page=20000",
                () -> real("worldbank-api-json/wb_SM_POP_TOTL.json"), "real API answer, one page; recorded for 2010:2022")));
        FIRST.put("oecd-imd-foreign-born", List.of(new Route(OECD + "DSD_MIG_F@DF_MIG_POPF,1.0/ESP+FRA+ITA+PRT.W.A.B14."
                + "_T+F+M._Z._Z.PS?startPeriod=2000&format=jsondata&dimensionAtObservation=AllDimensions",
                () -> real("oecd-imd-sdmx/USA_B14.json"), "real SDMX-JSON; recorded for the United States, 2010-2022")));
        MOVED.put("oecd-imd-foreign-born", List.of(OECD + "DSD_MIG_F@DF_MIG_POPF,1.0/ESP+FRA+ITA+PRT.W.A.B14._T+F+M._Z._Z.PS"
                + "?startPeriod={M}&format=jsondata&dimensionAtObservation=AllDimensions"));
        FIRST.put("oecd-imd", List.of(new Route(OECD + "DSD_MIG@DF_MIG,1.0/ESP+FRA+ITA+PRT.W.A.B11+B12+B15+B16._T+F+M._Z._Z.PS"
                + "?startPeriod=2000&format=jsondata&dimensionAtObservation=AllDimensions",
                () -> real("oecd-imd-sdmx/USA_B15.json"), "real SDMX-JSON; recorded for the United States, B15 only")));
        MOVED.put("oecd-imd", List.of(OECD + "DSD_MIG@DF_MIG,1.0/ESP+FRA+ITA+PRT.W.A.B11+B12+B15+B16._T+F+M._Z._Z.PS"
                + "?startPeriod={M}&format=jsondata&dimensionAtObservation=AllDimensions"));
        String byCitizenship = OECD + "DSD_MIG@DF_MIG,1.0/ESP+FRA+ITA+PRT.W+DZA+LBY+MAR+MRT+TUN+ESP+FRA+ITA+MLT+PRT.A."
                + "B11+B12+B15+B16._T+F+M._Z._Z.PS?startPeriod=";
        FIRST.put("oecd-imd-citizenship", List.of(new Route(byCitizenship + "2000&format=csvfilewithlabels",
                () -> real("oecd-imd-sdmx-csv/OECD_DSD_MIG_DF_MIG_ITA_A_B11.TRIMMED-SEX_T.csv"),
                "real Data Explorer download; recorded for Italy's B11, every citizenship, SEX _T only (trimmed)")));
        MOVED.put("oecd-imd-citizenship", List.of(byCitizenship + "{M}&format=csvfilewithlabels"));
        String istat = ISTAT + "IT1,29_317_DF_DCIS_POPSTRCIT1_1,1.0/A.IT.FJAN.1+2+9.";
        FIRST.put("istat-it-stranieri", List.of(new Route(istat + "?startPeriod=2019",
                () -> sample("istat-it-stranieri/DCIS_POPSTRCIT1_ILLUSTRATIVE.csv").asking(SDMX_CSV),
                "sample (illustrative): no real file of this dataflow in SDMX-CSV exists (its real figures come as "
                        + "the data browser's workbook, istat-it-stranieri-xlsx)")));
        MOVED.put("istat-it-stranieri", List.of(istat + "?startPeriod={M}"));
        String areas = ISTAT + "IT1,29_317_DF_DCIS_POPSTRCIT1_24,1.0/A.IT.FJAN..";
        FIRST.put("istat-it-stranieri-aree", List.of(new Route(areas + "?startPeriod=2019",
                () -> real("istat-sdmx-csv/istat_DF_DCIS_POPSTRCIT1_24_foreign_residents_by_area_2023.csv").asking(SDMX_CSV),
                "real SDMX-CSV; recorded for every territory (Italy, regions, provinces), 2023 only")));
        MOVED.put("istat-it-stranieri-aree", List.of(areas + "?startPeriod={M}"));
        String immigration = ISTAT + "IT1,28_185_DF_DCIS_MIGRAZIONI_2,1.0/A.ITTOT.TREG.FREIGN....ITTOT.X1033.X1033";
        FIRST.put("istat-it-immigrazioni", List.of(new Route(immigration + "?startPeriod=2019",
                () -> real("istat-sdmx-csv/istat_DF_DCIS_MIGRAZIONI_2_immigrants_by_citizenship_2019-2023.csv")
                        .asking(SDMX_CSV), "real SDMX-CSV, 2019-2023")));
        MOVED.put("istat-it-immigrazioni", List.of(immigration + "?startPeriod={M}"));
        FIRST.put("undesa-migrant-stock", List.of(new Route("https://www.un.org/development/desa/pd/sites/"
                + "www.un.org.development.desa.pd/files/undesa_pd_2024_ims_stock_by_sex_and_destination.xlsx",
                () -> real("un-desa-ims/undesa_pd_2024_ims_stock_by_sex_and_destination.xlsx"), "the real workbook")));
        FIRST.put("unhcr-population", List.of(new Route(UNHCR + "1951&yearTo={Y}&coa_all=true&download=true",
                () -> Recording.of(ReplayServer.zip(Map.of("population.csv", bytes(RealFeeds.file(
                        "unhcr-refugee-data-finder/asylum_seekers_by_destination_population.TRIMMED-5plus5-2019-2021.csv"))))),
                "real CSV (rebuilt from the index, trimmed), zipped here; recorded for asylum-seekers only, to 2021")));
        MOVED.put("unhcr-population", List.of(UNHCR + "{M}&yearTo={Y}&coa_all=true&download=true"));
        FIRST.put("iom-missing-migrants", List.of(new Route("https://missingmigrants.iom.int/sites/g/files/tmzbdl601/"
                + "files/report-migrant-incident/Missing_Migrants_Global_Figures_allData.csv",
                () -> real("iom-mmp/MissingMigrants-Global-2026-05-06--19_42_11.csv"),
                "real export of 2026-05-06 (IOM's filtered Global download): the all-data layout itself is not "
                        + "among the real files")));
        FIRST.put("viminale-it-sbarchi", List.of(new Route(
                "https://raw.githubusercontent.com/ondata/liberiamoli-tutti/main/sbarchi-migranti/dati/nazionalita.csv",
                () -> real("viminale-sbarchi-DERIVED-ondata/DERIVED_nazionalita.csv"),
                "onData's derived table (not the Ministry's bytes), as its repository served it at commit 04e6d28")));
        FIRST.put("viminale-it-sbarchi-mensili", List.of(new Route(
                "https://raw.githubusercontent.com/ondata/liberiamoli-tutti/main/sbarchi-migranti/dati/sbarchi-per-giorno.csv",
                () -> real("viminale-sbarchi-DERIVED-ondata/DERIVED_sbarchi-per-giorno.csv"),
                "onData's derived daily table (not the Ministry's bytes), as its repository served it at commit 04e6d28")));
        FIRST.put("ine-es-nacionalidad", List.of(new Route(
                "https://servicios.ine.es/wstempus/js/ES/DATOS_TABLA/15073?tip=AM",
                () -> real("ine-es-tempus-json/ine_15073_2018_2025.json"),
                "real Tempus answer as its recorder kept it: years 2018-2025 only, re-serialised (jq pretty-printing)")));
        FIRST.put("ine-migraciones", List.of(new Route("https://www.ine.es/jaxiT3/files/t/es/csv_bdsc/24295.csv?nocab=1",
                () -> sample("ine-migraciones/24295.csv"), "sample (illustrative): no real table 24295 export exists")));
    }

    private static void jsonStat(String connector, String query, Supplier<Recording> recording, String served) {
        FIRST.put(connector, List.of(new Route(ESTAT_STATS + query + "&sinceTimePeriod=2010", recording, served)));
        MOVED.put(connector, List.of(ESTAT_STATS + query + "&sinceTimePeriod={M}"));
    }

    private static Recording real(String relative) {
        return Recording.of(RealFeeds.file(relative));
    }

    private static Recording sample(String relative) {
        return Recording.of(sampleFile(relative));
    }

    private static Path sampleFile(String relative) {
        return TestStore.REPO.resolve("sample-data").resolve(relative);
    }

    /** A World Bank bulk zip around real files of the folder, under their own names. */
    private static Recording wdiZip(String folder, String... names) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (String name : names) {
            members.put(name, bytes(RealFeeds.file(folder + "/" + name)));
        }
        return Recording.of(ReplayServer.zip(members));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
