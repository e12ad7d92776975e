package org.rives.connector.cell;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The figures Rives reads, checked on the text before any number is built from it: at most
 * {@value #MAX_DIGITS} significant digits, what a DOUBLE (the store's type) keeps, so that no digit a
 * publisher wrote is silently dropped; a magnitude below 10^{@value #MAX_EXPONENT}, far above any figure
 * these publishers give (the largest, sums of money in local currency, stay below 10^16) and low enough
 * that sums of figures stay finite; and, unless zero, a magnitude of at least 10^{@value #MIN_EXPONENT},
 * where a DOUBLE still holds every digit. A text such as {@code 1E999999999} is measured from its
 * digits and exponent, never expanded: expanded, it would be a billion characters.
 */
public final class FigureRange {

    public static final int MAX_DIGITS = 17;
    public static final int MAX_EXPONENT = 18;
    public static final int MIN_EXPONENT = -300;

    /** An exponent beyond this many digits is out of any range; it is not parsed further. */
    private static final int EXPONENT_DIGITS = 9;

    /** A number's shape: how many significant digits, and the power of ten of its leading digit. */
    private record Measure(int significant, long leadingPower) {
        boolean zero() {
            return significant == 0;
        }
    }

    private FigureRange() {
    }

    /**
     * Why a number, written as JSON or a workbook writes one ({@code -12.5}, {@code 1.5E7}), is out of
     * range, or null when it is in range or is not a number at all.
     */
    public static String problem(String number) {
        Measure measure = measure(number);
        if (measure == null || measure.zero()) {
            return null;
        }
        if (measure.significant() > MAX_DIGITS) {
            return "it has " + String.format(Locale.ROOT, "%,d", measure.significant())
                    + " significant digits; figures are read with at most " + MAX_DIGITS + " (what a DOUBLE keeps)";
        }
        if (measure.leadingPower() >= MAX_EXPONENT) {
            return "figures are read up to 1e" + MAX_EXPONENT + " in magnitude";
        }
        if (measure.leadingPower() < MIN_EXPONENT) {
            return "figures other than zero are read down to 1e" + MIN_EXPONENT + " in magnitude";
        }
        return null;
    }

    /** Whether the text is a number in JSON's syntax, an exponent allowed, whatever its range. */
    public static boolean isNumber(String text) {
        return measure(text) != null;
    }

    /**
     * A number as a workbook stores it, in plain decimal without trailing zeros ({@code 1.5E7} becomes
     * {@code 15000000}, {@code 1234.500} becomes {@code 1234.5}) when it is in range; otherwise the text as
     * it is, for the cell parser to reject with its reason.
     */
    public static String plain(String number) {
        return plain(number, true);
    }

    /**
     * A number as JSON writes it, in plain decimal with the digits the publisher wrote ({@code 5.0} stays
     * {@code 5.0}, {@code 1.5E7} becomes {@code 15000000}) when it is in range; otherwise the text as it is.
     */
    public static String plainAsWritten(String number) {
        return plain(number, false);
    }

    private static String plain(String number, boolean stripZeros) {
        Measure measure = measure(number);
        if (measure == null || problem(number) != null) {
            return number;
        }
        if (measure.zero()) {
            // 0E-999999999 in plain decimal would be a billion zeros: a zero with an exponent is just 0
            boolean exponent = number.indexOf('e') >= 0 || number.indexOf('E') >= 0;
            return stripZeros || exponent ? "0" : new BigDecimal(number).toPlainString();
        }
        BigDecimal value = new BigDecimal(number);
        return (stripZeros ? value.stripTrailingZeros() : value).toPlainString();
    }

    /** Scans sign, digits, point and exponent; null when the text is not a number. */
    private static Measure measure(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        int integerDigits = -1;
        int first = -1;
        int last = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != '0') {
                    first = first < 0 ? digits : first;
                    last = digits;
                }
                digits++;
            } else if (c == '.' && integerDigits < 0) {
                integerDigits = digits;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return null;
        }
        long exponent = 0;
        if (i < length) {
            Long parsed = exponent(text, i);
            if (parsed == null) {
                return null;
            }
            exponent = parsed;
        }
        if (first < 0) {
            return new Measure(0, 0);
        }
        int beforePoint = integerDigits < 0 ? digits : integerDigits;
        return new Measure(last - first + 1, beforePoint - 1L - first + exponent);
    }

    /** The exponent from {@code e} or {@code E} at {@code at} to the end; saturated when very long. */
    private static Long exponent(String text, int at) {
        char e = text.charAt(at);
        if (e != 'e' && e != 'E') {
            return null;
        }
        int i = at + 1;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i == text.length()) {
            return null;
        }
        long value = 0;
        int significant = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            if (significant > 0 || c != '0') {
                significant++;
            }
            if (significant <= EXPONENT_DIGITS) {
                value = value * 10 + (c - '0');
            }
        }
        if (significant > EXPONENT_DIGITS) {
            value = 1_000_000_000L * 10; // beyond any range, whatever the digits
        }
        return negative ? -value : value;
    }
}
