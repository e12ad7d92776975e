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
    void aChangeIsComputedWithinOneSourceAndACrossSourceOneIsLabelled() throws Exception {
        String html = report("");
        // Portugal's migrant stock: UN DESA's 2024 against UN DESA's 2015, never against Eurostat's 2022.
        assertThat(section(html, "indicator-MIGR_STOCK")).contains("<td data-label=\"Previous period\">2015</td>"
                + "<td data-label=\"Previous value\" class=\"num\" data-value=\"864814\">");
        assertThat(html).doesNotContain(">PERS<", ">USD<");
        assertThat(html).contains("<strong>Unit:</strong> persons", "<strong>Unit:</strong> US dollars");
        assertThat(report("?lang=fr")).contains("<strong>Unité:</strong> personnes");
    }

    @Test
    void illustrativeSamplesAndPartYearsAreLeftOutAndSaidSo() throws Exception {
        String html = report("");
        assertThat(html).contains("<p class=\"banner\" role=\"note\">", "illustrative sample figures",
                "oc-maroc-mre");
        assertThat(section(html, "indicator-ASYL_APP")).contains("Part-years left out", "ESP 2025 (2/12)")
                .doesNotContain("data-value=\"26355\"");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</section>", start));
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
