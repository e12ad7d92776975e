package org.rives.sdmx;

import java.math.BigDecimal;

/** Figures as the publisher wrote them: 11170423192.2348, not 1.11704231922348E10. */
final class SdmxNumbers {

    private SdmxNumbers() {
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value > 0 ? "INF" : value < 0 ? "-INF" : "NaN";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
