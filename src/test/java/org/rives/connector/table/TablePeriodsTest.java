package org.rives.connector.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.connector.FeedFormatException;
import org.rives.connector.csv.CsvFeedReader;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

/** Where a table's periods come from besides a period column or header: a pattern, a title line, month rows. */
class TablePeriodsTest {

    private static RecordingSink read(Map<String, ?> options, String text) throws Exception {
        RecordingSink sink = new RecordingSink();
        new CsvFeedReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv",
                TestDefinitions.of("csv", options), sink);
        return sink;
    }

    /** onData's table of the Viminale reports: year-to-date figures at each report date, read at year end only. */
    @Test
    void aPeriodPatternTakesTheYearOfMatchingRowsAndCountsTheOthersAsFiltered() throws Exception {
        RecordingSink sink = read(Map.of("layout", "long", "periodColumn", "Data_Report", "valueColumn", "Valore",
                "periodPattern", "(\\d{4})-12-31"),
                "Data_Report,Nazione,Valore\n2023-12-15,Tunisia,17000\n2023-12-31,Tunisia,17322\n2024-12-31,Tunisia,7677\n");
        assertThat(sink.values()).containsExactly("Tunisia 2023=[17322]", "Tunisia 2024=[7677]");
        assertThat(sink.filtered).containsExactly("2:3");
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.rows).isEqualTo(3);
    }

    /** ISTAT's workbook export: one year, named in a title line; the sexes are measures. */
    @Test
    void aTitleLineGivesThePeriodOfATableWithoutPeriodColumn() throws Exception {
        RecordingSink sink = read(Map.of("layout", "long", "headerStartsWith", "Sesso", "measureHeader",
                "Maschi|Femmine|Totale", "periodInTitle", "Tempo: (\\d{4})"),
                "Italia - Paese di cittadinanza  \nTempo: 2023  \n\nSesso  ,Maschi  ,Femmine  ,Totale  \n"
                        + "Marocco  ,224516,190572,415088\n");
        assertThat(sink.values()).containsExactly("Marocco|Maschi 2023=[224516]", "Marocco|Femmine 2023=[190572]",
                "Marocco|Totale 2023=[415088]");
    }

    @Test
    void aTitlePeriodThatNoLineGivesIsAnError() {
        assertThatThrownBy(() -> read(Map.of("layout", "long", "headerStartsWith", "Sesso", "measureHeader", "Totale",
                "periodInTitle", "Tempo: (\\d{4})"), "Tempo: da definire\nSesso,Totale\nMarocco,1\n"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("csv.periodInTitle");
    }

    /** Months as rows named in Italian, years as columns, as the Viminale dashboard tabulates landings. */
    @Test
    void monthRowsAndYearColumnsGiveMonthlyPeriods() throws Exception {
        RecordingSink sink = read(Map.of("delimiter", ";", "layout", "wide", "periodHeader", "(\\d{4})",
                "decimal", ",", "thousands", ".", "monthNames", "it", "monthColumn", "Mese"),
                "Mese;2023;2024\nGennaio;4.959;2.269\nAgosto;25.588;8.137\n");
        assertThat(sink.values()).containsExactly("Gennaio 2023-01=[4.959]", "Gennaio 2024-01=[2.269]",
                "Agosto 2023-08=[25.588]", "Agosto 2024-08=[8.137]");
    }
}
