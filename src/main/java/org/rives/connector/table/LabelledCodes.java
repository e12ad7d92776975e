package org.rives.connector.table;

import java.util.regex.Pattern;

/**
 * SDMX-CSV "labels both" cells ({@code ES: Spain}, headers {@code REF_AREA: Reference area}): the code
 * before {@code ": "} is kept and the label dropped, so connector mappings name codes. A cell whose
 * first part is not an SDMX identifier is left whole, so a plain label holding a colon survives.
 */
final class LabelledCodes {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_@$.\\-]+");

    private LabelledCodes() {
    }

    static String code(String cell) {
        String text = cell.strip();
        int colon = text.indexOf(": ");
        if (colon <= 0 || !IDENTIFIER.matcher(text.substring(0, colon)).matches()) {
            return text;
        }
        return text.substring(0, colon);
    }
}
