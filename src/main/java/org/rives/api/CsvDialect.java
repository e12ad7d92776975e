package org.rives.api;

import java.math.BigDecimal;

/**
 * How a CSV file is spelt: its separator, its decimal mark and whether it starts with a UTF-8 byte-order
 * mark. Excel opens a file by double-click with the separator and decimal mark of the user's locale and
 * reads it as UTF-8 only after a byte-order mark: a French user gets {@code ;} and {@code ,}, an Arabic
 * one the mark (Arabic names otherwise read as mojibake); scripts keep plain RFC 4180 in English.
 */
record CsvDialect(char separator, char decimal, boolean byteOrderMark) {

    static final CsvDialect RFC_4180 = new CsvDialect(',', '.', false);

    /** The dialect of a download in {@code language}: en as RFC 4180, fr with ; and a decimal comma, ar with the mark. */
    static CsvDialect of(String language) {
        return switch (language == null ? "en" : language) {
            case "fr" -> new CsvDialect(';', ',', true);
            case "ar" -> new CsvDialect(',', '.', true);
            default -> RFC_4180;
        };
    }

    /** A number as this dialect writes it: every digit, no grouping, its decimal mark. */
    String number(BigDecimal value) {
        String plain = value.toPlainString();
        return decimal == '.' ? plain : plain.replace('.', decimal);
    }
}
