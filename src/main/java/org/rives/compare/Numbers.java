package org.rives.compare;

import java.math.BigDecimal;

/** Figures as the publisher wrote them: the shortest decimal that reads back as the stored double. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(double value) {
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return shortest.scale() < 0 ? shortest.setScale(0) : shortest;
    }
}
