package org.rives.connector.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Plain numbers take a short path that must give the very double {@link Double#parseDouble} gives. */
class CellParserPlainNumbersTest {

    private final CellParser parser = new CellParser(CellConventions.DEFAULTS);

    @Test
    void plainDecimalsParseToTheSameDoubleAsTheJdk() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(16);
            StringBuilder text = new StringBuilder();
            for (int d = 0; d < digits; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                text.insert(random.nextInt(text.length() + 1), '.');
            }
            String number = text.toString();
            assertThat(parser.parse(number, null).value()).as(number)
                    .isEqualTo(Double.parseDouble(number));
        }
    }

    @Test
    void edgeCasesKeepTheirMeaning() {
        assertThat(parser.parse(".5", null).value()).isEqualTo(0.5);
        assertThat(parser.parse("5.", null).value()).isEqualTo(5.0);
        assertThat(parser.parse("007", null).value()).isEqualTo(7.0);
        assertThat(parser.parse("0.1", null).value()).isEqualTo(0.1);
        assertThat(parser.parse("999999999999999", null).value()).isEqualTo(999999999999999.0);
        assertThat(parser.parse("1.2.3", null).error()).isNotNull();
        assertThat(parser.parse(".", null).error()).isNotNull();
    }
}
