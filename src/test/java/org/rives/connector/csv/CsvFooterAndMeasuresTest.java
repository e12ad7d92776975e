package org.rives.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;


/** The options for DataBank's footer and UNHCR's several value columns. */
class CsvFooterAndMeasuresTest {

    private static RecordingSink read(Map<String, Object> csv, String text) throws Exception {
        ConnectorDefinition definition = TestDefinitions.of("csv", csv);
        RecordingSink sink = new RecordingSink();
        new CsvFeedReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", definition,
                sink);
        return sink;
    }

    @Test
    void stopsAtTheDataBankFooterAndSkipsTheLinesOfCommasBeforeIt() throws Exception {
        String file = "\uFEFFSending Countries Code,Receiving Countries  Code,2019Q1 [YR2019Q1],2019Q3 [YR2019Q3]\n"
                + "FRA,MAR,6.29388904571533,..\n"
                + ",,,\n,,,\n,,,\n"
                + "Data from database: Remittance Prices Worldwide (Corridors),,,\n"
                + "Last Updated: 12/07/2020,,,\n";
        RecordingSink sink = read(Map.of("layout", "wide", "periodHeader", "(\\d{4}Q[1-4]) \\[YR\\d{4}Q[1-4]\\]",
                "footerStartsWith", "Data from database:"), file);
        assertThat(sink.cells).containsExactly("2:3 FRA|MAR 2019Q1=[6.29388904571533]", "2:4 FRA|MAR 2019Q3=[..]");
        assertThat(sink.rows).isEqualTo(1);
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void passesEachValueColumnAsAMeasureWithItsOwnKey() throws Exception {
        String file = "Extracted:,\"United Nations High Commissioner for Refugees\"\n"
                + "Years:\n"
                + "Year,\"Country of origin (ISO)\",\"Country of asylum (ISO)\",\"Refugees under UNHCR's mandate\","
                + "Asylum-seekers\n"
                + "2021,SYR,ESP,1234,567\n";
        RecordingSink sink = read(Map.of("headerStartsWith", "Year", "layout", "long", "periodColumn", "Year",
                "measureHeader", "Refugees under UNHCR's mandate|Asylum-seekers"), file);
        assertThat(sink.columns).containsExactly("Country of origin (ISO)@2", "Country of asylum (ISO)@3", "measure@4");
        assertThat(sink.cells).containsExactly("4:4 SYR|ESP|Refugees under UNHCR's mandate 2021=[1234]",
                "4:5 SYR|ESP|Asylum-seekers 2021=[567]");
    }

    @Test
    void saysWhenNoColumnIsAMeasure() {
        String file = "Year,Country,Refugees\n2021,ESP,1\n";
        assertThatThrownBy(() -> read(Map.of("layout", "long", "periodColumn", "Year",
                "measureHeader", "Asylum-seekers"), file))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("csv.measureHeader");
    }
}
