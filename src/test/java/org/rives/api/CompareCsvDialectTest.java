package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rives.testing.ServerTest;

/**
 * CSV downloads open by double-click in the spreadsheet of the reader's language: French with {@code ;} and a
 * decimal comma, French and Arabic after a UTF-8 byte-order mark; English stays plain RFC 4180 for scripts.
 */
class CompareCsvDialectTest extends ServerTest {

    private static final String BOM = "\uFEFF";

    private String csv(String query) throws Exception {
        HttpResponse<byte[]> response = getBytes("/api/compare?indicator=REMIT_IN&from=2022&to=2022&format=csv" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void frenchIsSemicolonSeparatedWithADecimalCommaAfterAByteOrderMark() throws Exception {
        String french = csv("&lang=fr");

        assertThat(french.replace("\"", "")).startsWith(BOM + "shore;area;area_name;indicator;unit;unit_mult;2022;");
        // Quotes around a field only delimit it (the CSV writer quotes conservatively): a spreadsheet reads a number.
        List<String> morocco = List.of(french.lines().filter(line -> line.contains(";MAR;")).findFirst().orElseThrow()
                .replace("\"", "").split(";"));
        assertThat(morocco).contains("Maroc", "11170423192,2348");
    }

    @Test
    void arabicStartsWithAByteOrderMark() throws Exception {
        String arabic = csv("&lang=ar");

        assertThat(arabic).startsWith(BOM + "shore,area,area_name,");
        assertThat(arabic).contains("المغرب", "11170423192.2348");
    }

    @Test
    void englishIsPlainRfc4180() throws Exception {
        assertThat(csv("")).startsWith("shore,area,area_name,").contains(",11170423192.2348,");
    }
}
