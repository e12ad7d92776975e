package org.rives.compare;

import java.time.Instant;
import java.util.List;

/**
 * A checked request for a comparable table: every field is a value the catalogue and the sources
 * know, so the engine never meets a typo. Built from a query by {@link CompareParameters#request}, or
 * directly by the features that ask for tables themselves (the report, the Excel export).
 *
 * @param indicator a catalogue indicator code
 * @param areas     area codes, groups expanded to their countries, in the order asked; empty for the
 *                  indicator's own (the 5+5, else the routes or aggregates it has figures for)
 * @param partner   the counterpart area; null lets the engine choose (all partners, else the only one)
 * @param from      first period (a year, or a period of {@code freq}); null for the earliest
 * @param to        last period, inclusive (a year covers its quarters and months); null for the latest
 * @param source    one source only; null for every source, the headline chosen by precedence
 * @param asOf      the figures as they stood at this instant; null for the current ones
 * @param language  en, fr or ar: labels and notes
 * @param partYears    whether an annual table shows years that only part of their months or quarters cover
 *                     (labelled, never summed with complete years); off by default
 * @param illustrative whether figures of illustrative samples are shown (and summed); off by default, on
 *                     when {@code source} names an illustrative source
 */
public record CompareRequest(String indicator, List<String> areas, String partner, Frequency freq, String from,
                             String to, String source, Instant asOf, String language, Display display,
                             boolean partYears, boolean illustrative) {

    public CompareRequest {
        areas = List.copyOf(areas);
    }

    /** A request for complete years and published figures only, as committees read them. */
    public CompareRequest(String indicator, List<String> areas, String partner, Frequency freq, String from,
                          String to, String source, Instant asOf, String language, Display display) {
        this(indicator, areas, partner, freq, from, to, source, asOf, language, display, false, false);
    }

    /** The table most features start from: annual, every period, current figures, as published. */
    public static CompareRequest annual(String indicator, List<String> areas, String language) {
        return new CompareRequest(indicator, areas, null, Frequency.A, null, null, null, null, language,
                Display.AS_PUBLISHED);
    }

    public CompareRequest withAreas(List<String> codes) {
        return new CompareRequest(indicator, codes, partner, freq, from, to, source, asOf, language, display,
                partYears, illustrative);
    }

    public CompareRequest asOf(Instant instant) {
        return new CompareRequest(indicator, areas, partner, freq, from, to, source, instant, language, display,
                partYears, illustrative);
    }
}
