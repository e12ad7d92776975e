package org.rives.connector.inetempus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a Tempus data point in the friendly form: {@code Anyo} with {@code T3_Periodo}, {@code A} for
 * the year itself, {@code M01}..{@code M12} for a month, {@code T1}..{@code T4} (trimestre) for a quarter.
 * {@code Fecha} is not read: INE dates an annual figure 1 January of its year at local midnight with the
 * offset of the day ({@code 2023-01-01T00:00:00.000+01:00}), which says nothing the two fields do not.
 */
final class TempusPeriods {

    private static final Pattern SUB_ANNUAL = Pattern.compile("([MT])(\\d{1,2})");

    private TempusPeriods() {
    }

    /** The period as Rives writes it ({@code 2023}, {@code 2023-04}, {@code 2023-Q2}), or null. */
    static String period(String year, String code) {
        if (year == null || code == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        String y = year.strip();
        String c = code.strip();
        if ("A".equals(c)) {
            return y;
        }
        Matcher m = SUB_ANNUAL.matcher(c);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(2));
        if ("M".equals(m.group(1))) {
            return n >= 1 && n <= 12 ? y + "-" + (n < 10 ? "0" : "") + n : null;
        }
        return n >= 1 && n <= 4 ? y + "-Q" + n : null;
    }

    /** Why {@link #period} found none, for the report. */
    static String problem(String year, String code) {
        if (year == null || code == null) {
            return "data point without Anyo and T3_Periodo: ask the API for the friendly form (tip=A or tip=AM)";
        }
        return "period Anyo " + year + ", T3_Periodo \"" + code + "\" is not read (A for the year, M01 to M12 "
                + "for months, T1 to T4 for quarters)";
    }
}
