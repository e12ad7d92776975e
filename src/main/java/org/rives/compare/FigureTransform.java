package org.rives.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.Supplier;


/**
 * Turns a figure as published into the figure as asked: into another currency at the rate of its own
 * period, per 1,000 or 100,000 inhabitants, or as a share of GDP, then to the scale asked. A step that
 * lacks its rate or denominator gives no value and a note, never an approximation.
 */
final class FigureTransform {

    /**
     * A figure as shown. {@code numerator} and {@code denominator} (in units) let a group total divide
     * sums, not add ratios; {@code value} is null when the figure cannot be shown, with {@code note}.
     */
    record Shown(BigDecimal value, String unit, int unitMult, Conversion conversion,
                 CompareTable.Denominator denominator, String note, double numerator, double denominatorUnits) {
    }

    private final CompareNotes notes;
    private final Display display;
    private final Supplier<RateBook> rates;
    private final Denominators denominators;
    private final String columnCurrency;

    FigureTransform(CompareNotes notes, Display display, Supplier<RateBook> rates,
                    Denominators denominators) {
        this(notes, display, rates, denominators, null);
    }

    /**
     * {@code columnCurrency}, when given, is the currency every amount of the table is shown in when no other
     * was asked: a figure published in another one is converted at its period's rate or not shown, so that a
     * column headed in dollars never holds dirhams.
     */
    FigureTransform(CompareNotes notes, Display display, Supplier<RateBook> rates,
                    Denominators denominators, String columnCurrency) {
        this.notes = notes;
        this.display = display;
        this.rates = rates;
        this.denominators = denominators;
        this.columnCurrency = columnCurrency;
    }

    Shown show(String area, String period, Figure figure) {
        return show(area, period, figure, null);
    }

    /**
     * The figure as asked; {@code mult}, when given and no scale was asked, is the power of ten to show an
     * amount in (another source's figure beside a headline is shown in the headline's, so they read alike).
     */
    Shown show(String area, String period, Figure figure, Integer mult) {
        double amount = figure.absolute();
        String unit = figure.unit();
        Conversion conversion = null;
        if (display.shareOfGdp()) {
            return shareOfGdp(area, period, figure);
        }
        Optional<String> target = target(area, unit);
        if (target.isPresent() || display.currency() != null && notes.isCurrency(unit)) {
            if (target.isEmpty()) {
                return empty(unit, figure, "no own currency is recorded for " + area);
            }
            Optional<Conversion> converted = rates.get().convert(unit, target.get(), period);
            if (converted.isEmpty()) {
                return empty(target.get(), figure, "no " + unit + "–" + target.get() + " exchange rate for " + period
                        + " in the rates feeds" + (display.currency() == null ? "; published as "
                        + Numbers.plain(figure.value()).toPlainString() + " " + unit + " ×10^" + figure.unitMult()
                        + ", not shown in a column of " + target.get() : ""));
            }
            conversion = converted.get().none() ? null : converted.get();
            amount *= converted.get().factor();
            unit = target.get();
        }
        if (display.perCapita() != null) {
            return perCapita(area, period, figure, amount, unit, conversion);
        }
        int shownMult = display.scale() != null ? display.scale() : mult != null ? mult : figure.unitMult();
        BigDecimal value = conversion == null ? shifted(figure, shownMult) : scaled(amount, shownMult);
        return new Shown(value, unit, shownMult, conversion, null, null, amount, 1);
    }

    /** The currency an amount is shown in: the one asked, else the column's when it was published in another. */
    private Optional<String> target(String area, String unit) {
        if (!notes.isCurrency(unit)) {
            return Optional.empty();
        }
        if (display.currency() == null) {
            return columnCurrency == null || columnCurrency.equals(unit) ? Optional.empty()
                    : Optional.of(columnCurrency);
        }
        return Display.NATIVE.equals(display.currency()) ? notes.currency(area) : Optional.of(display.currency());
    }

    private Shown perCapita(String area, String period, Figure figure, double amount, String unit,
                            Conversion conversion) {
        int per = display.perCapita();
        String perUnit = unit + "_PER_" + per + "_INHAB";
        Optional<Figure> population = period.length() == 4
                ? denominators.of(Denominators.POPULATION, area, period) : Optional.empty();
        if (population.isEmpty() || population.get().value() == 0) {
            return empty(perUnit, figure, "no population figure for " + area + " in " + period);
        }
        double inhabitants = population.get().absolute() / per;
        return new Shown(scaled(amount / inhabitants, 0), perUnit, 0, conversion,
                denominator(Denominators.POPULATION, population.get(), period, per), null, amount, inhabitants);
    }

    private Shown shareOfGdp(String area, String period, Figure figure) {
        if (!notes.isCurrency(figure.unit())) {
            return empty("PC_GDP", figure, "a share of GDP applies to money amounts; this figure is in "
                    + figure.unit());
        }
        Optional<Figure> gdp = period.length() == 4 ? denominators.of(Denominators.GDP, area, period)
                : Optional.empty();
        if (gdp.isEmpty() || gdp.get().value() == 0) {
            return empty("PC_GDP", figure, "no GDP figure for " + area + " in " + period);
        }
        Optional<Conversion> converted = rates.get().convert(figure.unit(), gdp.get().unit(), period);
        if (converted.isEmpty()) {
            return empty("PC_GDP", figure, "no " + figure.unit() + "–" + gdp.get().unit() + " exchange rate for "
                    + period + " to divide by GDP");
        }
        Conversion conversion = converted.get().none() ? null : converted.get();
        double amount = figure.absolute() * converted.get().factor();
        double hundredths = gdp.get().absolute() / 100;
        return new Shown(scaled(amount / hundredths, 0), "PC_GDP", 0, conversion,
                denominator(Denominators.GDP, gdp.get(), period, null), null, amount, hundredths);
    }

    private static CompareTable.Denominator denominator(String indicator, Figure figure, String period,
                                                        Integer per) {
        return new CompareTable.Denominator(indicator, Numbers.plain(figure.value()), figure.unit(),
                figure.unitMult(), figure.source(), period, per, null);
    }

    private static Shown empty(String unit, Figure figure, String note) {
        return new Shown(null, unit, figure.unitMult(), null, null, note, Double.NaN, Double.NaN);
    }

    /** A figure as published, moved to another power of ten by decimal arithmetic, every digit kept. */
    private static BigDecimal shifted(Figure figure, int mult) {
        BigDecimal value = Numbers.plain(figure.value()).scaleByPowerOfTen(figure.unitMult() - mult)
                .stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * The amount in units of 10^mult, to ten significant digits: a converted or divided figure is no more
     * precise than its rate or denominator, and binary noise (…00000001) would only mislead.
     */
    static BigDecimal scaled(double amount, int mult) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            return null;
        }
        BigDecimal value = new BigDecimal(amount).round(new MathContext(10)).scaleByPowerOfTen(-mult)
                .stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
