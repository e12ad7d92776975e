package org.rives.api;

import java.math.BigDecimal;

/** Figures as the publisher wrote them: the shortest decimal that reads back as the stored double. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal plain(double value) {
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return shortest.scale() < 0 ? shortest.setScale(0) : shortest;
    }
}
