package org.rives.harmonise;

import java.util.HashSet;
import java.util.Set;

import org.rives.connector.CsvOptions;

/**
 * Reads one value cell as the publisher wrote it: missing markers ({@code ..} {@code :} {@code -}),
 * flags glued after a space ({@code 996815 e}, {@code : m}), decimal comma and thousands separators.
 * Only plain decimal numbers are accepted: {@code NaN}, {@code 1e5} or {@code 0x10} are not figures a
 * statistics office publishes, so they are rejected rather than guessed at.
 */
public final class CellParser {

    /** The outcome for one cell; {@code missing} cells carry no value and are not observations. */
    public record Cell(boolean missing, double value, String flags, String error) {
        static Cell missing(String flags) {
            return new Cell(true, Double.NaN, flags, null);
        }

        static Cell error(String message) {
            return new Cell(false, Double.NaN, null, message);
        }
    }

    private final Set<String> missingMarkers;
    private final boolean gluedFlags;
    private final char decimal;
    private final char thousands;

    public CellParser(CsvOptions options) {
        this.missingMarkers = new HashSet<>();
        options.missing().forEach(marker -> missingMarkers.add(marker.strip()));
        this.gluedFlags = options.gluedFlags();
        this.decimal = options.decimal().charAt(0);
        this.thousands = options.thousands().isEmpty() ? 0 : options.thousands().charAt(0);
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
        StringBuilder plain = new StringBuilder(text.length());
        boolean digits = false;
        boolean point = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                digits = true;
            } else if (c == decimal && !point) {
                plain.append('.');
                point = true;
            } else if (thousands != 0 && c == thousands && digits && !point) {
                continue;
            } else if ((c == '-' || c == '+') && i == 0) {
                plain.append(c);
            } else if (thousands == ' ' && Character.isSpaceChar(c) && digits && !point) {
                continue;
            } else {
                return Cell.error("\"" + raw.strip() + "\" is not a number");
            }
        }
        if (!digits) {
            return Cell.error("\"" + raw.strip() + "\" is not a number");
        }
        return new Cell(false, Double.parseDouble(plain.toString()), flags, null);
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
