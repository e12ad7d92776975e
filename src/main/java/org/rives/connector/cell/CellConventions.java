package org.rives.connector.cell;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How a publisher writes a value cell, whatever the wire format: the decimal mark, the thousands
 * separator to ignore, the texts that stand for "no value", and whether flags are glued after the
 * figure. Every tabular format reads these keys from its options block ({@code csv:}, {@code xlsx:});
 * formats whose values are typed (JSON) use {@link #DEFAULTS}.
 *
 * @param decimal    decimal mark: {@code .} or {@code ,}
 * @param thousands  thousands separator to ignore, if any ({@code ,} {@code .} or a space; a no-break
 *                   space counts as a space)
 * @param missing    cell texts that mean "no value"; a list given replaces the default list
 * @param gluedFlags a value may carry flags after a space ({@code 996815 e}, {@code : m})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CellConventions(String decimal, String thousands, List<String> missing, Boolean gluedFlags) {

    /** Plain numbers with a decimal point; an empty cell, {@code ..}, {@code :} or {@code -} is no value. */
    public static final CellConventions DEFAULTS = new CellConventions(null, null, null, null);

    /** Where the keys of this record are described: merged into each tabular format's options schema. */
    public static final String SCHEMA = "/org/rives/connector/cell/cells.schema.json";

    public CellConventions {
        decimal = decimal == null ? "." : decimal;
        thousands = thousands == null ? "" : thousands;
        missing = missing == null ? List.of("", "..", ":", "-") : List.copyOf(missing);
        gluedFlags = gluedFlags != null && gluedFlags;
        if (decimal.equals(thousands)) {
            throw new IllegalArgumentException("thousands and decimal are both \"" + decimal
                    + "\"; a number like 91.440 would be ambiguous");
        }
    }
}
