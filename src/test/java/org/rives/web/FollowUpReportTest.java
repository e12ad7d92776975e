package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.rives.testing.ServerTest;
import org.junit.jupiter.api.Test;

/** {@code /report}: per axis, the headline indicators of the ten countries, what changed, and a print stylesheet. */
class FollowUpReportTest extends ServerTest {

    private String report(String query) throws Exception {
        HttpResponse<byte[]> response = getBytes("/report" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void reportGivesLatestValuesPerAxisWithSourcesAndPrintStyles() throws Exception {
        String html = report("");

        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">", "@media print", "@page",
                "Migration and development", "Personal remittances received", "<th scope=\"row\">Morocco</th>",
                "<th scope=\"rowgroup\" colspan=\"8\">North shore</th>", "World Bank", "CC BY 4.0",
                "No date chosen");
        // Spain's latest remittances (2024, World Bank), as published, and the change from 2023.
        assertThat(html).contains("data-value=\"6265012172.34861\"", "data-value=\"5328217984.97871\"");
    }

    @Test
    void changesSinceADateComeFromTheVintages() throws Exception {
        String html = report("?since=2000-01-01");

        assertThat(html).contains("What changed since 2000-01-01", "Loads since 2000-01-01", "worldbank-wdi", "new");
        assertThat(report("?since=2999-01-01"))
                .contains("Nothing changed since 2999-01-01.", "No load since 2999-01-01.");
    }

    @Test
    void arabicReportIsRightToLeft() throws Exception {
        String html = report("?lang=ar");

        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "تقرير متابعة", "المغرب");
    }

    @Test
    void textIsEscaped() {
        assertThat(ReportFormat.esc("<b>\"R&D\"</b>'")).isEqualTo("&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;&#39;");
    }

    @Test
    void badDateIsABadRequest() throws Exception {
        assertThat(get("/report?since=yesterday").statusCode()).isEqualTo(400);
    }
}
