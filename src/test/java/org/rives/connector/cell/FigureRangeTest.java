package org.rives.connector.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The range of figures, measured on the text: a billion-digit exponent is never expanded. */
class FigureRangeTest {

    @Test
    void expandsNumbersInRangeToPlainDecimals() {
        assertThat(FigureRange.plain("1.5E7")).isEqualTo("15000000");
        assertThat(FigureRange.plain("2.5e-3")).isEqualTo("0.0025");
        assertThat(FigureRange.plain("-0.0")).isEqualTo("0");
        assertThat(FigureRange.plain("1234.500")).isEqualTo("1234.5");
        assertThat(FigureRange.plain("99999999999999999")).isEqualTo("99999999999999999");
        assertThat(FigureRange.plain("5.551115123125783E-17")).isEqualTo("0.00000000000000005551115123125783");
    }

    @Test
    void keepsTheDigitsAsWrittenForJson() {
        assertThat(FigureRange.plainAsWritten("5.0")).isEqualTo("5.0");
        assertThat(FigureRange.plainAsWritten("1234.500")).isEqualTo("1234.500");
        assertThat(FigureRange.plainAsWritten("1.5E7")).isEqualTo("15000000");
        assertThat(FigureRange.plainAsWritten("0.00")).isEqualTo("0.00");
        assertThat(FigureRange.plainAsWritten("0E-999999999")).isEqualTo("0");
        assertThat(FigureRange.plainAsWritten("1e400")).isEqualTo("1e400");
    }

    @Test
    void leavesNumbersOutOfRangeAsWrittenWithoutExpandingThem() {
        String[] outOfRange = {"1E999999999", "1e400", "-1E+18", "1E-301", "1" + "0".repeat(17) + "1",
            "9".repeat(400), "1e99999999999999999999999999"};
        for (String number : outOfRange) {
            assertThat(FigureRange.plain(number)).as(number).isEqualTo(number);
            assertThat(FigureRange.problem(number)).as(number).isNotNull();
        }
    }

    @Test
    void saysWhichBoundAFigureCrosses() {
        assertThat(FigureRange.problem("9".repeat(400))).isEqualTo("it has 400 significant digits; figures are read "
                + "with at most 17 (what a DOUBLE keeps)");
        assertThat(FigureRange.problem("1e400")).isEqualTo("figures are read up to 1e18 in magnitude");
        assertThat(FigureRange.problem("1000000000000000000")).isEqualTo("figures are read up to 1e18 in magnitude");
        assertThat(FigureRange.problem("999999999999999999")).contains("18 significant digits");
        assertThat(FigureRange.problem("1E-301")).isEqualTo("figures other than zero are read down to 1e-300 in "
                + "magnitude");
    }

    @Test
    void acceptsWhatADoubleHoldsWithinTheRange() {
        for (String number : new String[] {"0", "0.000", "-0", "1E-300", "9.9999999999999999E17", "0.1",
            "12345678901234567", "1.2345678901234567E-5", "0E999999999"}) {
            assertThat(FigureRange.problem(number)).as(number).isNull();
        }
    }

    @Test
    void isNotFooledByWhatIsNotANumber() {
        for (String text : new String[] {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "0x10", "NaN", "1 000"}) {
            assertThat(FigureRange.isNumber(text)).as(text).isFalse();
            assertThat(FigureRange.plain(text)).as(text).isEqualTo(text);
        }
    }
}
