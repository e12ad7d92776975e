package org.rives.compare;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A comparable table: one indicator for areas grouped by shore, one column per period. Each cell
 * carries its value (converted as asked), its unit, flag and source, the other sources' figures and
 * the spread between them, the rate or denominator it used, and how comparable it is. Each shore has
 * a subtotal per period with its coverage, and the 5+5 a total.
 *
 * <p>This is what the engine gives and what every output renders (JSON as it stands, CSV, Excel, the
 * report): a field added here appears in the JSON of {@code /api/compare}. Units are per cell
 * ({@link Cell#unit()}, {@link Cell#unitMult()}) and per subtotal; how complete a period is, per cell
 * ({@link Cell#coverage()}, {@link Cell#partial()}) and per subtotal; illustrative sources are marked
 * in {@link #sources()} and graded not comparable in each cell. Part-years of an annual table and
 * figures of illustrative samples are left out unless asked, and named in {@link #withheld()}. An amount
 * published in another currency than the indicator's is converted to it (the conversion in the cell) or not
 * shown, so every figure of a column shares one unit.
 */
public record CompareTable(IndicatorInfo indicator, Frequency freq, String partner, Instant asOf, List<String> periods,
                    List<Group> groups, List<SourceInfo> sources, Display display, Total total, List<String> notes,
                    Options options, Withheld withheld, String language) {

    public record IndicatorInfo(String code, String label, String axis, String sdg, String unit, String definition) {
    }

    /** A shore (or the other areas); {@code subtotal} maps each period to the shore's sum, when the whole shore was asked. */
    public record Group(String code, String label, List<Row> rows, Map<String, Subtotal> subtotal) {
    }

    /** {@code kind}: country, or publisher_aggregate for a publisher's own total (EU27), never summed with ours. */
    public record Row(String area, String label, Map<String, Cell> cells, String kind) {
    }

    /**
     * One figure. {@code value} is null when it cannot be given (no rate for the period, no denominator):
     * {@code note} says why. {@code coverage} is set when the figure was rolled up from months or quarters;
     * {@code partial} when that roll-up is incomplete. {@code sum} is set, and only then written, when the
     * figure is a total Rives computed from the publisher's parts because the publisher gives none.
     */
    public record Cell(BigDecimal value, String unit, int unitMult, String status, String flags, String source, int loadId,
                List<Alternative> alternatives, Conversion conversion, Denominator denominator, Coverage coverage,
                boolean partial, Spread spread, Comparability comparability, String note,
                @JsonInclude(JsonInclude.Include.NON_NULL) Sum sum) {

        /** A cell of a figure as published (or rolled up from published months), not a computed total. */
        public Cell(BigDecimal value, String unit, int unitMult, String status, String flags, String source,
                    int loadId, List<Alternative> alternatives, Conversion conversion, Denominator denominator,
                    Coverage coverage, boolean partial, Spread spread, Comparability comparability, String note) {
            this(value, unit, unitMult, status, flags, source, loadId, alternatives, conversion, denominator,
                    coverage, partial, spread, comparability, note, null);
        }
    }

    /**
     * A total Rives computed because the publisher gives only its parts: {@code over} the dimensions summed
     * (breakdown, partner), the {@code parts} added (partner·breakdown), and the caveat in words.
     */
    public record Sum(List<String> over, List<String> parts, String text) {
    }

    public record Alternative(String source, BigDecimal value, String unit, int unitMult, String status,
                       Conversion conversion, Coverage coverage, String note) {
    }

    /** Where sources disagree: lowest and highest value, their difference, and that difference over the headline. */
    public record Spread(BigDecimal min, BigDecimal max, BigDecimal absolute, BigDecimal relative, int sources) {
    }

    /** How far the cell can be put beside the others, and why not fully. */
    public record Comparability(Grade grade, List<String> notes) {
    }

    /** The denominator of a ratio: population for per-capita figures, GDP for shares of GDP. */
    public record Denominator(String indicator, BigDecimal value, String unit, int unitMult, String source, String period,
                       Integer per, Conversion conversion) {
    }

    /** A group's sum for one period over the countries that have a figure, with the ones that have none named. */
    public record Subtotal(BigDecimal value, String unit, int unitMult, String coverage, int have, int of,
                    List<String> missing, List<String> partial, String note) {
    }

    public record Total(String code, String label, Map<String, Subtotal> subtotal) {
    }

    /** The controls this indicator supports, for the page to offer. */
    public record Options(List<String> currencies, List<Integer> perCapita, boolean shareOfGdp, List<Integer> scales,
                   List<String> sources) {
    }

    /** A source of the table; {@code illustrative} when its figures are layout samples, not published values. */
    public record SourceInfo(String id, String publisher, String dataset, String licence, String url,
                      ConcordanceInfo concordance, boolean illustrative) {
    }

    public record ConcordanceInfo(String counts, String basis, String reference, Grade grade, String caveat) {
    }
}
