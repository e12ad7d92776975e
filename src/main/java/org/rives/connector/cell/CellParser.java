package org.rives.connector.cell;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads one value cell as the publisher wrote it: missing markers ({@code ..} {@code :} {@code -}),
 * flags glued after a space ({@code 996815 e}, {@code : m}), decimal comma and thousands separators.
 * Only plain decimal numbers are accepted: {@code NaN}, {@code 1e5} or {@code 0x10} are not figures a
 * statistics office publishes, so they are rejected rather than guessed at; so are thousands separators
 * that do not separate groups of three digits, and figures out of {@link FigureRange}. A cell is quoted
 * in a rejection as an {@link Excerpt}.
 */
public final class CellParser {

    /** Quirk handlers of the value-cell layer, which every format's values go through. */
    public static final Map<String, String> QUIRK_HANDLERS = Map.of(
            "cell:default-missing", "without a missing list, an empty cell, .., : and - are no value",
            "cell:as-published", "a figure is kept as the number written, decimals and all; nothing is rounded");

    /** The outcome for one cell; {@code missing} cells carry no value and are not observations. */
    public record Cell(boolean missing, double value, String flags, String error) {
        static Cell missing(String flags) {
            return new Cell(true, Double.NaN, flags, null);
        }

        static Cell error(String message) {
            return new Cell(false, Double.NaN, null, message);
        }
    }

    /** Exact doubles, so that digits / 10^k is a single correctly rounded division. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    private final Set<String> missingMarkers;
    private final boolean gluedFlags;
    private final char decimal;
    private final char thousands;

    public CellParser(CellConventions conventions) {
        this.missingMarkers = new HashSet<>();
        conventions.missing().forEach(marker -> missingMarkers.add(marker.strip()));
        this.gluedFlags = conventions.gluedFlags();
        this.decimal = conventions.decimal().charAt(0);
        this.thousands = conventions.thousands().isEmpty() ? 0 : conventions.thousands().charAt(0);
    }

    public Cell parse(String raw, String flagCell) {
        String text = raw.strip();
        String flags = flagCell == null ? null : emptyToNull(flagCell.strip());
        if (gluedFlags) {
            int space = lastSpace(text);
            if (space >= 0) {
                flags = emptyToNull(text.substring(space + 1).strip());
                text = text.substring(0, space).strip();
            } else if (!text.isEmpty() && !isNumberStart(text.charAt(0)) && !missingMarkers.contains(text)) {
                int split = 1;
                while (split < text.length() && !Character.isLetter(text.charAt(split))) {
                    split++;
                }
                if (missingMarkers.contains(text.substring(0, split))) {
                    flags = text.substring(split);
                    text = text.substring(0, split);
                }
            }
        }
        if (missingMarkers.contains(text)) {
            return Cell.missing(flags);
        }
        return number(text, raw, flags);
    }

    private Cell number(String text, String raw, String flags) {
        double plainValue = plainDecimal(text);
        if (!Double.isNaN(plainValue)) {
            return new Cell(false, plainValue, flags, null);
        }
        StringBuilder plain = new StringBuilder(Math.min(text.length(), 64));
        boolean digits = false;
        boolean point = false;
        int groups = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                digits = true;
                run += point ? 0 : 1;
            } else if (c == decimal && !point) {
                if (groups > 0 && run != 3) {
                    return Cell.error(badGrouping(raw));
                }
                plain.append('.');
                point = true;
            } else if (isThousands(c) && digits && !point) {
                if (groups == 0 ? run > 3 : run != 3) {
                    return Cell.error(badGrouping(raw));
                }
                groups++;
                run = 0;
            } else if ((c == '-' || c == '+') && i == 0) {
                plain.append(c);
            } else {
                return Cell.error(notANumber(text, raw));
            }
        }
        if (!digits) {
            return Cell.error(notANumber(text, raw));
        }
        if (groups > 0 && !point && run != 3) {
            return Cell.error(badGrouping(raw));
        }
        String problem = FigureRange.problem(plain.toString());
        if (problem != null) {
            return Cell.error(Excerpt.quoted(raw.strip()) + " is out of range: " + problem);
        }
        return new Cell(false, Double.parseDouble(plain.toString()), flags, null);
    }

    private boolean isThousands(char c) {
        return thousands != 0 && c == thousands || thousands == ' ' && Character.isSpaceChar(c);
    }

    /**
     * A figure in exponent notation ({@code 1e5}) is not read from text, but one out of range (JSON's or a
     * workbook's number, left unexpanded by its reader) is told as such.
     */
    private static String notANumber(String text, String raw) {
        String problem = FigureRange.problem(text);
        return Excerpt.quoted(raw.strip()) + (problem == null ? " is not a number" : " is out of range: " + problem);
    }

    /**
     * Thousands separators that do not separate groups of three digits: under {@code thousands: "."},
     * {@code 91.44} is a decimal written with the wrong mark, not 9144, and is never guessed at. Grouping
     * by two after the first three (Indian style, {@code 1,00,000}) is no publisher's of this network.
     */
    private String badGrouping(String raw) {
        String separator = thousands == ' ' ? "a space" : "\"" + thousands + "\"";
        return Excerpt.quoted(raw.strip()) + " is not a number here: the thousands separator (" + separator
                + ") must separate groups of three digits, and the decimal mark is \"" + decimal + "\"";
    }

    /**
     * The common case without building a string: unsigned digits with at most one decimal mark and at
     * most 15 digits. Then the digits are an exact long and 10^k an exact double, so one division is
     * correctly rounded, the same double Double.parseDouble gives. NaN when the text is anything else.
     */
    private double plainDecimal(String text) {
        int length = text.length();
        if (length == 0 || length > 16) {
            return Double.NaN;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == decimal && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > 15) {
            return Double.NaN;
        }
        return fraction <= 0 ? (double) digits : digits / POWERS_OF_TEN[fraction];
    }

    private static boolean isNumberStart(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
    }

    private int lastSpace(String text) {
        int space = text.lastIndexOf(' ');
        if (space < 0 || space == text.length() - 1) {
            return -1;
        }
        String tail = text.substring(space + 1);
        for (int i = 0; i < tail.length(); i++) {
            if (!Character.isLetter(tail.charAt(i))) {
                return -1;
            }
        }
        return space;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
