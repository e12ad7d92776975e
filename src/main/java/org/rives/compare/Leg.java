package org.rives.compare;

import java.math.BigDecimal;

/** One published rate used in a conversion: its value, what it quotes, who published it, for which period. */
public record Leg(BigDecimal rate, String rateUnit, String rateSource, String ratePeriod, int loadId) {
}
