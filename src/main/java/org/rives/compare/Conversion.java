package org.rives.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * A currency conversion as applied to one figure: {@code factor} multiplies the amount in {@code from}
 * to give the amount in {@code to}. {@code rate}, {@code rateSource} and {@code ratePeriod} name the
 * published rate (for a cross rate through the US dollar, the implied rate and both sources); the
 * legs are the published rates themselves.
 */
public record Conversion(String from, String to, double factor, BigDecimal rate, String rateUnit, String rateSource,
                         String ratePeriod, List<Leg> legs) {

    public static Conversion identity(String currency, String period) {
        return new Conversion(currency, currency, 1, BigDecimal.ONE, currency + " per " + currency, null, period,
                List.of());
    }

    public boolean none() {
        return legs.isEmpty();
    }
}
