package org.rives.compare;

/** The parameters of {@code /api/mirror} as the caller wrote them; blank means not given. */
public record MirrorParameters(String indicator, String reporter, String partner, String freq, String from, String to,
                               String currency, String asOf, String lang) {

    /** The checked request; the indicator must have a mirror and both sides must be countries. */
    public MirrorRequest request(Parameters parameters) {
        String code = parameters.mirrored("indicator", indicator);
        Frequency frequency = Values.frequency("freq", freq, Frequency.A);
        String first = Values.period("from", from, frequency);
        String last = Values.period("to", to, frequency);
        Values.checkRange("from", first, "to", last);
        return new MirrorRequest(code, parameters.country("reporter", reporter).code(),
                parameters.country("partner", partner).code(), frequency, first, last, Display.currency(currency),
                parameters.asOf("asOf", asOf), Values.language("lang", lang));
    }
}
