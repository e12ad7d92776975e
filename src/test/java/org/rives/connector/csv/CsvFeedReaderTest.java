package org.rives.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

class CsvFeedReaderTest {

    private static Map<String, Object> wide(String delimiter, String headerStartsWith, String periodHeader) {
        Map<String, Object> options = new HashMap<>(Map.of("delimiter", delimiter, "layout", "wide",
                "periodHeader", periodHeader));
        if (headerStartsWith != null) {
            options.put("headerStartsWith", headerStartsWith);
        }
        return options;
    }

    private static RecordingSink read(Map<String, ?> options, byte[] bytes) throws Exception {
        ConnectorDefinition definition = TestDefinitions.of("csv", options);
        RecordingSink sink = new RecordingSink();
        new CsvFeedReader().read(new ByteArrayInputStream(bytes), "t.csv", definition, sink);
        return sink;
    }

    private static RecordingSink read(Map<String, ?> options, String text) throws Exception {
        return read(options, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheHeaderByContentAfterAPreambleAndIgnoresTheTrailingComma() throws Exception {
        String file = "\uFEFF\"Data Source\",\"World Development Indicators\",\r\n\r\n\"Last Updated Date\",\"2025-07-01\",\r\n"
                + "\r\n\"Country Name\",\"Country Code\",\"2022\",\"2023\",\r\n"
                + "\"Korea, Rep.\",\"KOR\",\"1.5\",\"\",\r\n";
        RecordingSink sink = read(wide(",", "Country Name", "(\\d{4})"), file);
        assertThat(sink.columns).containsExactly("Country Name@1", "Country Code@2");
        assertThat(sink.cells).containsExactly("6:3 Korea, Rep.|KOR 2022=[1.5]", "6:4 Korea, Rep.|KOR 2023=[]");
        assertThat(sink.rejections).isEmpty();
    }

    /** A row after empty lines, or after a cell holding line breaks, is reported on the line it starts on. */
    @Test
    void locatesRowsAfterEmptyLinesAndMultiLineCells() throws Exception {
        String file = "\r\nCountry Name,Country Code,2022\r\n\r\n\r\nMorocco,MAR,x\r\n\"Note\non two lines\",TUN,y\r\n"
                + "Spain,ESP,z";
        RecordingSink sink = read(wide(",", "Country Name", "(\\d{4})"), file);
        assertThat(sink.cells).extracting(cell -> cell.substring(0, cell.indexOf(' ')))
                .containsExactly("5:3", "6:3", "8:3");
    }

    @Test
    void readsLfAndCrlfAlike() throws Exception {
        Map<String, Object> options = wide(",", "Country Name", "(\\d{4})");
        RecordingSink lf = read(options, "Country Name,Country Code,2020\nMorocco,MAR,1\nSpain,ESP,2\n");
        RecordingSink crlf = read(options, "Country Name,Country Code,2020\r\nMorocco,MAR,1\r\nSpain,ESP,2\r\n");
        assertThat(crlf.cells).isEqualTo(lf.cells).hasSize(2);
    }

    /** The ECB's one-day file separates fields by a comma and a space; a line must hold that very separator. */
    @Test
    void readsASeparatorOfSeveralCharacters() throws Exception {
        String file = "Country, 2022, 2023, \nMorocco, 1.50, 2,5, \n";
        RecordingSink sink = read(wide(", ", null, "(\\d{4})"), file);
        assertThat(sink.cells).containsExactly("2:2 Morocco 2022=[1.50]", "2:3 Morocco 2023=[2,5]");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void takesThePeriodFromAGroupOfTheHeaderPattern() throws Exception {
        RecordingSink sink = read(wide(",", null, "(\\d{4}Q[1-4]) \\[YR\\d{4}Q[1-4]\\]"),
                "Country,2019Q1 [YR2019Q1],2019Q2 [YR2019Q2]\nMAR,10,11\n");
        assertThat(sink.cells).containsExactly("2:2 MAR 2019Q1=[10]", "2:3 MAR 2019Q2=[11]");
    }

    @Test
    void unpacksEurostatKeyColumnWithDimensionsNamedByTheHeader() throws Exception {
        Map<String, Object> options = Map.of("delimiter", "\t", "quote", "", "layout", "wide",
                "periodHeader", "(\\d{4}-\\d{2})", "keySeparator", ",", "gluedFlags", true);
        RecordingSink sink = read(options, "freq,unit,geo\\TIME_PERIOD\t2024-03 \t2024-04 \n"
                + "M,PER,ES\t13405 \t: \n");
        assertThat(sink.columns).containsExactly("freq@1", "unit@1", "geo@1");
        assertThat(sink.cells).containsExactly("2:2 M|PER|ES 2024-03=[13405 ]", "2:3 M|PER|ES 2024-04=[: ]");
    }

    @Test
    void readsALongLayoutWithAFlagColumn() throws Exception {
        Map<String, Object> options = Map.of("layout", "long", "periodColumn", "TIME_PERIOD", "valueColumn",
                "OBS_VALUE", "flagColumn", "OBS_FLAG");
        RecordingSink sink = read(options, "geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\nES,2023,162420,p\n");
        assertThat(sink.columns).containsExactly("geo@1");
        assertThat(sink.cells).containsExactly("2:3 ES 2023=[162420] flag=[p]");
    }

    @Test
    void rejectsRowsWithTooManyOrTooFewFieldsAndGoesOn() throws Exception {
        RecordingSink sink = read(wide(",", null, "(\\d{4})"),
                "Country,2020,2021\nMAR,1,2,3\nESP,1\nITA,5,6\n");
        assertThat(sink.rejections).containsExactly("2:4 row has 4 fields, the header has 3",
                "3:3 row has 2 fields, the header has 3");
        assertThat(sink.cells).containsExactly("4:2 ITA 2020=[5]", "4:3 ITA 2021=[6]");
        assertThat(sink.rows).isEqualTo(3);
    }

    @Test
    void readsLatin1AndWindows1252AsDeclared() throws Exception {
        String text = "Pays,2020\nCôte d’Ivoire,1\n";
        Map<String, Object> cp1252 = Map.of("encoding", "windows-1252", "layout", "wide", "periodHeader", "(\\d{4})");
        assertThat(read(cp1252, text.getBytes(Charset.forName("windows-1252"))).cells)
                .containsExactly("2:2 Côte d’Ivoire 2020=[1]");
        Map<String, Object> latin1 = Map.of("encoding", "ISO-8859-1", "layout", "wide", "periodHeader", "(\\d{4})");
        assertThat(read(latin1, "Pays,2020\nSénégal,2\n".getBytes(StandardCharsets.ISO_8859_1)).cells)
                .containsExactly("2:2 Sénégal 2020=[2]");
    }

    @Test
    void reportsBytesThatAreNotUtf8WithTheirLineAndColumn() {
        byte[] bytes = "Country,2020\nMAR,1\nS\u00e9n\u00e9gal,2\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(wide(",", null, "(\\d{4})"), bytes))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("not valid UTF-8");
                });
    }

    @Test
    void saysWhenTheFileIsEmptyOrHasNoHeader() {
        assertThatThrownBy(() -> read(wide(",", "Country Name", "(\\d{4})"), new byte[0]))
                .isInstanceOfSatisfying(FeedFormatException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("the file is empty"));
        assertThatThrownBy(() -> read(wide(",", "Country Name", "(\\d{4})"), "a,b\n1,2\n"))
                .hasMessageContaining("no header row starting with \"Country Name\"");
    }

    @Test
    void reportsAFileCutInsideAQuotedField() {
        assertThatThrownBy(() -> read(wide(",", null, "(\\d{4})"), "Country,2020\n\"MAR,1\n"))
                .isInstanceOfSatisfying(FeedFormatException.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.getMessage()).startsWith("malformed CSV");
                });
    }
}
