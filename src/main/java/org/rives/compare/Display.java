package org.rives.compare;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.rives.error.ParameterException;

/**
 * How the figures of a table are shown: in a currency ({@code null}: as published; {@code native}: each
 * area's own), at a scale (a power of ten), per 1,000 or 100,000 inhabitants, or as a share of GDP.
 */
public record Display(String currency, Integer scale, Integer perCapita, boolean shareOfGdp) {

    public static final String NATIVE = "native";
    public static final List<String> CURRENCIES = List.of(NATIVE, "USD", "EUR");
    public static final List<Integer> PER_CAPITA = List.of(1000, 100000);
    /** The scales the page offers; the API takes any power of ten in {@link #MIN_SCALE}..{@link #MAX_SCALE}. */
    public static final List<Integer> SCALES = List.of(0, 3, 6, 9);
    static final int MIN_SCALE = -3;
    static final int MAX_SCALE = 12;

    public static final Display AS_PUBLISHED = new Display(null, null, null, false);

    /** Reads and checks the display parameters as given, so that a typo is an error and not a silent default. */
    public static Display of(String currency, String scale, String perCapita, String shareOfGdp) {
        return checked(currency(currency), scale(scale), perCapita(perCapita),
                Values.flag("shareOfGdp", shareOfGdp, false));
    }

    /** Checks that the options go together: a ratio has no currency or scale of its own. */
    static Display checked(String currency, Integer scale, Integer perCapita, boolean shareOfGdp) {
        if (shareOfGdp && perCapita != null) {
            throw ParameterException.conflict("shareOfGdp", Values.BOOLEANS, "shareOfGdp is a ratio to GDP: it "
                    + "cannot be combined with perCapita or currency");
        }
        if (shareOfGdp && currency != null) {
            throw ParameterException.conflict("currency", List.of(), "shareOfGdp is a ratio to GDP: it cannot be "
                    + "combined with perCapita or currency");
        }
        if ((perCapita != null || shareOfGdp) && scale != null) {
            throw ParameterException.conflict("scale", List.of(), "scale applies to amounts, not to ratios "
                    + "(perCapita, shareOfGdp)");
        }
        return new Display(currency, scale, perCapita, shareOfGdp);
    }

    /** A currency to show amounts in; null (as published) when not given or {@code published}. */
    static String currency(String text) {
        if (text == null || text.isBlank() || "published".equalsIgnoreCase(text.strip())) {
            return null;
        }
        String normalised = NATIVE.equalsIgnoreCase(text.strip()) ? NATIVE : text.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(normalised)) {
            throw ParameterException.invalid("currency", CURRENCIES, "currency must be USD, EUR or native (each "
                    + "area's own currency)");
        }
        return normalised;
    }

    private static Integer scale(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> powers = IntStream.rangeClosed(MIN_SCALE, MAX_SCALE).mapToObj(String::valueOf).toList();
        try {
            int scale = Integer.parseInt(text.strip());
            if (scale >= MIN_SCALE && scale <= MAX_SCALE) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // refused below, with the powers of ten it may be
        }
        throw ParameterException.invalid("scale", powers, "scale is a power of ten between -3 and 12 (6 = millions)");
    }

    private static Integer perCapita(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PER_CAPITA.stream().filter(per -> String.valueOf(per).equals(text.strip())).findFirst().orElseThrow(() ->
                ParameterException.invalid("perCapita", PER_CAPITA.stream().map(String::valueOf).toList(),
                        "perCapita must be 1000 or 100000 (inhabitants)"));
    }
}
