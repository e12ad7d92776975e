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

    /** {@code 91.44} under {@code thousands: "."} was read as 9144: a separator must separate groups of three. */
    @Test
    void refusesThousandsSeparatorsThatDoNotGroupByThree() {
        CellParser dotThousands = parser(",", ".", false);
        assertThat(dotThousands.parse("91.44", null).error()).isEqualTo("\"91.44\" is not a number here: the "
                + "thousands separator (\".\") must separate groups of three digits, and the decimal mark is \",\"");
        CellParser commaThousands = parser(".", ",", false);
        for (String text : new String[] {"11,05", "1,00,000", "1234,567", "12,3456", "1,234,56", "1,,234", "1,234,"}) {
            assertThat(commaThousands.parse(text, null).error()).as(text).startsWith("\"" + text + "\" is not a number");
        }
        assertThat(parser(",", " ", false).parse("36 5120,4", null).error()).contains("(a space)");
    }

    @Test
    void readsThousandsThatDoGroupByThree() {
        assertThat(parser(",", ".", false).parse("1.251.110", null).value()).isEqualTo(1251110);
        assertThat(parser(",", ".", false).parse("-12.345,67", null).value()).isEqualTo(-12345.67);
        assertThat(parser(".", ",", false).parse("999", null).value()).isEqualTo(999);
        assertThat(parser(",", " ", false).parse("36\u00a0512,4", null).value()).isEqualTo(36512.4);
        assertThat(parser(".", ",", false).parse("1,234.5678", null).value()).isEqualTo(1234.5678);
    }

    /** A value of 400 digits or {@code 1e400} was committed as Infinity. */
    @Test
    void refusesFiguresOutOfRangeWithTheirReason() {
        CellParser plain = parser(".", "", false);
        assertThat(plain.parse("9".repeat(400), null).error()).isEqualTo("\"" + "9".repeat(80) + "\u2026\" (400 "
                + "characters) is out of range: it has 400 significant digits; figures are read with at most 17 (what "
                + "a DOUBLE keeps)");
        assertThat(plain.parse("1e400", null).error()).isEqualTo("\"1e400\" is out of range: figures are read up "
                + "to 1e18 in magnitude");
        assertThat(plain.parse("1E999999999", null).error()).contains("out of range");
        assertThat(plain.parse("-1000000000000000000", null).error()).contains("out of range");
        assertThat(plain.parse("1e5", null).error()).isEqualTo("\"1e5\" is not a number");
        assertThat(plain.parse("99999999999999999", null).value()).isEqualTo(99999999999999999.0);
    }

    @Test
    void quotesAHugeCellShortly() {
        String error = parser(".", "", false).parse("x".repeat(1 << 20), null).error();
        assertThat(error).hasSizeLessThan(200).endsWith("(1,048,576 characters) is not a number");
    }
}
