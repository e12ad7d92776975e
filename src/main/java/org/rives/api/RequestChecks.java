package org.rives.api;

import java.util.List;
import java.util.Locale;

/** Checks the display options of a compare request, so that a typo is an error and not a silent default. */
final class RequestChecks {

    static final List<String> CURRENCIES = List.of(FigureTransform.NATIVE, "USD", "EUR");
    static final List<Integer> PER_CAPITA = List.of(1000, 100000);
    static final List<Integer> SCALES = List.of(0, 3, 6, 9);

    private RequestChecks() {
    }

    static CompareTable.Display display(CompareService.Request request) {
        String currency = currency(request.currency());
        Integer scale = request.scale();
        if (scale != null && (scale < -3 || scale > 12)) {
            throw new IllegalArgumentException("scale is a power of ten between -3 and 12 (6 = millions)");
        }
        Integer perCapita = request.perCapita();
        if (perCapita != null && !PER_CAPITA.contains(perCapita)) {
            throw new IllegalArgumentException("perCapita must be 1000 or 100000 (inhabitants)");
        }
        if (request.shareOfGdp() && (perCapita != null || currency != null)) {
            throw new IllegalArgumentException("shareOfGdp is a ratio to GDP: it cannot be combined with perCapita "
                    + "or currency");
        }
        if ((perCapita != null || request.shareOfGdp()) && scale != null) {
            throw new IllegalArgumentException("scale applies to amounts, not to ratios (perCapita, shareOfGdp)");
        }
        return new CompareTable.Display(currency, scale, perCapita, request.shareOfGdp());
    }

    private static String currency(String text) {
        if (text == null || text.isBlank() || "published".equalsIgnoreCase(text)) {
            return null;
        }
        String normalised = FigureTransform.NATIVE.equalsIgnoreCase(text) ? FigureTransform.NATIVE
                : text.toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(normalised)) {
            throw new IllegalArgumentException("currency must be USD, EUR or native (each area's own currency)");
        }
        return normalised;
    }
}
