package org.rives.connector.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void quotesShortTextWhole() {
        assertThat(Excerpt.quoted("12,3x")).isEqualTo("\"12,3x\"");
    }

    @Test
    void cutsLongTextAndSaysHowLongItWas() {
        String quoted = Excerpt.quoted("x".repeat(1 << 20));
        assertThat(quoted).isEqualTo("\"" + "x".repeat(Excerpt.MAX) + "\u2026\" (1,048,576 characters)");
    }

    @Test
    void keepsTheReportOnOneLine() {
        assertThat(Excerpt.quoted("a\nb\tc\u0000")).isEqualTo("\"a\\nb\\tc\\u0000\"");
    }

    @Test
    void neverCutsACharacterInHalf() {
        String text = "x".repeat(Excerpt.MAX - 1) + "\uD83D\uDE00" + "tail";
        assertThat(Excerpt.quoted(text)).startsWith("\"" + "x".repeat(Excerpt.MAX - 1) + "\u2026");
    }
}
