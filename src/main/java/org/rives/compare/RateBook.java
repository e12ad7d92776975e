package org.rives.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rives.harmonise.Harmoniser;
import org.rives.store.ObservationFilter;
import org.rives.store.ObservationRow;

/**
 * The exchange rates Rives holds, as they stood at a date: national currency per US dollar
 * ({@code XRATE_USD}, by the area that counts in the currency) and per euro ({@code XRATE_EUR}, by
 * the area that issues it). A conversion uses the rate of the figure's own period (a month's figure
 * needs that month's rate); where none exists there is no conversion, never a nearby rate.
 */
public final class RateBook {

    public static final String USD = "USD";
    public static final String EUR = "EUR";
    static final String PER_USD = "XRATE_USD";
    static final String PER_EUR = "XRATE_EUR";
    private static final String USD_AREA = "USA";

    /** A rate chain: units of a currency per one unit of the base, and the published rates it took. */
    private record Quote(double value, List<Leg> legs) {
    }

    private final CompareNotes notes;
    private final Map<String, ObservationRow> rates = new HashMap<>();

    public RateBook(CompareNotes notes, ObservationSource observations, SourcePrecedence precedence, Instant asOf) {
        this.notes = notes;
        for (String indicator : List.of(PER_USD, PER_EUR)) {
            ObservationFilter filter = new ObservationFilter(indicator, List.of(), Harmoniser.TOTAL, Harmoniser.TOTAL,
                    Harmoniser.TOTAL, Harmoniser.TOTAL, null, null, null, null, asOf);
            for (ObservationRow row : observations.find(filter)) {
                rates.merge(key(indicator, row.refArea(), row.timePeriod()), row,
                        precedence.preferred(indicator, ObservationRow::source));
            }
        }
    }

    private static String key(String indicator, String area, String period) {
        return indicator + '|' + area + '|' + period;
    }

    /** The conversion of an amount in {@code from} to {@code to} for one period, or empty when a rate is missing. */
    public Optional<Conversion> convert(String from, String to, String period) {
        if (from.equals(to)) {
            return Optional.of(Conversion.identity(from, period));
        }
        String base = EUR.equals(from) || EUR.equals(to) ? EUR : USD;
        Optional<Quote> source = quote(from, base, period);
        Optional<Quote> target = quote(to, base, period);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        double factor = target.get().value() / source.get().value();
        List<Leg> legs = new ArrayList<>(source.get().legs());
        legs.addAll(target.get().legs());
        if (legs.size() == 1) {
            Leg leg = legs.get(0);
            return Optional.of(new Conversion(from, to, factor, leg.rate(), leg.rateUnit(), leg.rateSource(),
                    leg.ratePeriod(), legs));
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        legs.forEach(leg -> sources.add(leg.rateSource()));
        BigDecimal implied = new BigDecimal(1 / factor, new MathContext(6)).stripTrailingZeros();
        return Optional.of(new Conversion(from, to, factor, implied, from + " per " + to + " (cross rate)",
                String.join("+", sources), period, legs));
    }

    /** Units of {@code currency} per one unit of {@code base} (USD or EUR). */
    private Optional<Quote> quote(String currency, String base, String period) {
        if (currency.equals(base)) {
            return Optional.of(new Quote(1, List.of()));
        }
        Optional<Quote> direct = direct(currency, base, period);
        if (direct.isPresent() || !EUR.equals(base)) {
            return direct.or(() -> USD.equals(base) ? viaEuro(currency, period) : Optional.empty());
        }
        // No rate against the euro: cross through the dollar (currency per USD over EUR per USD).
        Optional<Quote> perUsd = quote(currency, USD, period);
        Optional<Quote> euroPerUsd = quote(EUR, USD, period);
        if (perUsd.isEmpty() || euroPerUsd.isEmpty()) {
            return Optional.empty();
        }
        List<Leg> legs = new ArrayList<>(perUsd.get().legs());
        legs.addAll(euroPerUsd.get().legs());
        return Optional.of(new Quote(perUsd.get().value() / euroPerUsd.get().value(), legs));
    }

    /** A rate published for the pair itself: XRATE_USD of an area counting in the currency, XRATE_EUR of its issuer. */
    private Optional<Quote> direct(String currency, String base, String period) {
        if (USD.equals(base) && EUR.equals(currency)) {
            // USD per euro is published under the United States; its inverse is euros per dollar.
            return leg(PER_EUR, USD_AREA, period, USD + " per " + EUR).map(l -> new Quote(1 / l.rate().doubleValue(),
                    List.of(l))).or(() -> perBase(PER_USD, currency, period, base));
        }
        return perBase(USD.equals(base) ? PER_USD : PER_EUR, currency, period, base);
    }

    private Optional<Quote> perBase(String indicator, String currency, String period, String base) {
        List<String> areas = USD.equals(currency) ? List.of(USD_AREA) : notes.areasCounting(currency);
        for (String area : areas) {
            Optional<Leg> leg = leg(indicator, area, period, currency + " per " + base);
            if (leg.isPresent()) {
                return Optional.of(new Quote(leg.get().rate().doubleValue(), List.of(leg.get())));
            }
        }
        return Optional.empty();
    }

    /** Through the euro when no dollar rate exists: (currency per EUR) / (USD per EUR). */
    private Optional<Quote> viaEuro(String currency, String period) {
        Optional<Quote> perEuro = perBase(PER_EUR, currency, period, EUR);
        Optional<Leg> usdPerEuro = leg(PER_EUR, USD_AREA, period, USD + " per " + EUR);
        if (perEuro.isEmpty() || usdPerEuro.isEmpty()) {
            return Optional.empty();
        }
        List<Leg> legs = new ArrayList<>(perEuro.get().legs());
        legs.add(usdPerEuro.get());
        return Optional.of(new Quote(perEuro.get().value() / usdPerEuro.get().rate().doubleValue(), legs));
    }

    private Optional<Leg> leg(String indicator, String area, String period, String unit) {
        ObservationRow row = rates.get(key(indicator, area, period));
        if (row == null || row.value() == 0) {
            return Optional.empty();
        }
        double value = row.value() * Math.pow(10, row.unitMult());
        return Optional.of(new Leg(new BigDecimal(Double.toString(value)).stripTrailingZeros(), unit, row.source(),
                row.timePeriod(), row.loadId()));
    }
}
