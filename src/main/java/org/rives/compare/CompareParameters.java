package org.rives.compare;

import java.util.List;

import org.rives.harmonise.Area;

/**
 * The parameters of {@code /api/compare} (and {@code /api/compare.xlsx}) as the caller wrote them,
 * every one a string so that a malformed value is refused in the user's words, never in Java's.
 * Blank means not given.
 */
public record CompareParameters(String indicator, String areas, String partner, String freq, String from, String to,
                                String source, String asOf, String lang, String currency, String scale,
                                String perCapita, String shareOfGdp, String partYears, String illustrative) {

    /** The checked request; a {@link org.rives.error.ParameterException} names the first parameter that is wrong. */
    public CompareRequest request(Parameters parameters) {
        String code = parameters.indicator("indicator", indicator).code();
        List<String> areaCodes = Values.blank(areas) ? List.of()
                : parameters.areas("areas", areas).stream().map(Area::code).toList();
        Frequency frequency = Values.frequency("freq", freq, Frequency.A);
        String first = Values.period("from", from, frequency);
        String last = Values.period("to", to, frequency);
        Values.checkRange("from", first, "to", last);
        return new CompareRequest(code, areaCodes, parameters.partner("partner", partner), frequency, first, last,
                parameters.source("source", source), parameters.asOf("asOf", asOf),
                Values.language("lang", lang), Display.of(currency, scale, perCapita, shareOfGdp),
                Values.flag("partYears", partYears, false), Values.flag("illustrative", illustrative, false));
    }
}
