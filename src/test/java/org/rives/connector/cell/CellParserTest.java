package org.rives.connector.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellParserTest {

    private static CellParser parser(String decimal, String thousands, boolean glued) {
        return new CellParser(new CellConventions(decimal, thousands, List.of("", "..", ":", "-", "."), glued));
    }

    @Test
    void readsPlainNumbersExactlyAsPublished() {
        CellParser.Cell cell = parser(".", "", false).parse("11170423192.2348", null);
        assertThat(cell.value()).isEqualTo(11170423192.2348);
        assertThat(parser(".", "", false).parse("-81202", null).value()).isEqualTo(-81202);
    }

    @Test
    void readsDecimalCommaAndThousandsSeparators() {
        assertThat(parser(",", ".", false).parse("1.234.567,89", null).value()).isEqualTo(1234567.89);
        assertThat(parser(".", ",", false).parse("\"1,022\"".replace("\"", ""), null).value()).isEqualTo(1022);
        assertThat(parser(",", " ", false).parse("12 345,5", null).value()).isEqualTo(12345.5);
    }

    @Test
    void treatsMissingMarkersAsNoValue() {
        for (String marker : List.of("", "..", ":", "-", ".", " : ")) {
            assertThat(parser(",", ".", true).parse(marker, null).missing()).as(marker).isTrue();
        }
    }

    @Test
    void splitsFlagsGluedAfterASpace() {
        CellParser.Cell estimated = parser(".", "", true).parse("996815 e", null);
        assertThat(estimated.value()).isEqualTo(996815);
        assertThat(estimated.flags()).isEqualTo("e");
        CellParser.Cell flaggedMissing = parser(".", "", true).parse(": m", null);
        assertThat(flaggedMissing.missing()).isTrue();
        assertThat(flaggedMissing.flags()).isEqualTo("m");
        assertThat(parser(".", "", true).parse("4485 ", null).flags()).isNull();
        assertThat(parser(".", "", true).parse("1200 ep", null).flags()).isEqualTo("ep");
    }

    @Test
    void takesASeparateFlagCell() {
        assertThat(parser(".", "", false).parse("2655", "p").flags()).isEqualTo("p");
        assertThat(parser(".", "", false).parse("2655", "").flags()).isNull();
    }

    @Test
    void refusesWhatIsNotAPlainDecimalNumber() {
        for (String text : List.of("abc", "NaN", "Infinity", "1e5", "0x10", "12.5.3", "1,5", "--3", "12a")) {
            assertThat(parser(".", "", false).parse(text, null).error()).as(text).isEqualTo("\"" + text + "\" is not a number");
        }
    }
}
