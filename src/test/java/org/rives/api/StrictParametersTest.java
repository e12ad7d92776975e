package org.rives.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rives.testing.ServerTest;

import tools.jackson.databind.JsonNode;

/**
 * Every unknown or malformed parameter of every endpoint is refused with a problem that names the
 * parameter and what it accepts: never a 200 with an empty or unchanged answer, never Java's words.
 */
class StrictParametersTest extends ServerTest {

    /** The problem answered to a GET, checked for the fields every problem has. */
    private JsonNode problem(String path, int status) throws Exception {
        return problem(path, null, status);
    }

    private JsonNode problem(String path, String accept, int status) throws Exception {
        HttpResponse<String> response = getAccepting(path, accept);
        assertThat(response.statusCode()).as("%s: %.300s", path, response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).startsWith("urn:rives:problem:");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("code").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).doesNotContain("java.", "Exception", "For input string");
        return problem;
    }

    private static List<String> accepted(JsonNode problem) {
        return problem.path("accepted").valueStream().map(JsonNode::asString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/compare?indicator=REMIT_IN&from=abc                    | from      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&to=2019-13                  | to        | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&from=2023&to=2019           | from      | PARAMETER_CONFLICT
            /api/compare?indicator=REMIT_IN&freq=Z                      | freq      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&freq=M&from=2024-Q1         | from      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&source=nosuch               | source    | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&partner=ZZZ                 | partner   | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&areas=5P5,ATLANTIS          | areas     | PARAMETER_INVALID
            /api/compare?indicator=NOPE                                 | indicator | PARAMETER_INVALID
            /api/compare?areas=5P5                                      | indicator | PARAMETER_MISSING
            /api/compare?indicatr=REMIT_IN                              | indicatr  | PARAMETER_UNKNOWN
            /api/compare?indicator=REMIT_IN&asOf=1900-01-01             | asOf      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&asOf=2999-01-01             | asOf      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&asOf=2025-02-30             | asOf      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&asOf=yesterday              | asOf      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&lang=de                     | lang      | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&currency=GBP                | currency  | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&scale=abc                   | scale     | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&scale=99                    | scale     | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&perCapita=abc               | perCapita | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&shareOfGdp=yes              | shareOfGdp | PARAMETER_INVALID
            /api/compare?indicator=REMIT_IN&shareOfGdp=true&scale=6     | scale     | PARAMETER_CONFLICT
            /api/compare.xlsx?indicator=REMIT_IN&from=abc               | from      | PARAMETER_INVALID
            /api/compare.xlsx?indicator=REMIT_IN&colour=red             | colour    | PARAMETER_UNKNOWN
            /api/mirror?indicator=ASYL_APP&reporter=ESP&partner=MAR     | indicator | PARAMETER_INVALID
            /api/mirror?indicator=IMMIG&reporter=ZZZ&partner=MAR        | reporter  | PARAMETER_INVALID
            /api/mirror?indicator=IMMIG&reporter=ESP&partner=5P5        | partner   | PARAMETER_INVALID
            /api/mirror?indicator=IMMIG&reporter=ESP&partner=MAR&from=x | from      | PARAMETER_INVALID
            /api/revisions?indicator=REMIT_IN&area=MAR&period=abc       | period    | PARAMETER_INVALID
            /api/revisions?indicator=REMIT_IN&area=MAR                  | period    | PARAMETER_MISSING
            /api/revisions?indicator=REMIT_IN&area=MAR&period=2022&sex=X | sex      | PARAMETER_INVALID
            /api/revisions?indicator=REMIT_IN&area=ZZZ&period=2022      | area      | PARAMETER_INVALID
            /api/changes?since=yesterday                                | since     | PARAMETER_INVALID
            /api/changes                                                | since     | PARAMETER_MISSING
            /api/changes?since=2000-01-01&source=nosuch                 | source    | PARAMETER_INVALID
            /api/changes?since=2000-01-01&indicator=NOPE                | indicator | PARAMETER_INVALID
            /api/observations?page=-1                                   | page      | PARAMETER_INVALID
            /api/observations?size=0                                    | size      | PARAMETER_INVALID
            /api/observations?size=abc                                  | size      | PARAMETER_INVALID
            /api/observations?area=ZZZ                                  | area      | PARAMETER_INVALID
            /api/observations?freq=Z                                    | freq      | PARAMETER_INVALID
            /api/observations?from=2024&to=2020                         | from      | PARAMETER_CONFLICT
            /api/catalogue?kind=nope                                    | kind      | PARAMETER_INVALID
            /api/sources?verbose=true                                   | verbose   | PARAMETER_UNKNOWN
            /api/loads?size=abc                                         | size      | PARAMETER_INVALID
            /api/loads?size=5000                                        | size      | PARAMETER_INVALID
            /api/loads?page=-1                                          | page      | PARAMETER_INVALID
            /api/loads?source=nosuch                                    | source    | PARAMETER_INVALID
            /api/loads/abc                                              | id        | PARAMETER_INVALID
            /report?since=yesterday                                     | since     | PARAMETER_INVALID
            /report?lang=de                                             | lang      | PARAMETER_INVALID
            /report?langue=fr                                           | langue    | PARAMETER_UNKNOWN
            """)
    void refusedWithTheParameterNamed(String path, String parameter, String code) throws Exception {
        JsonNode problem = problem(path, 400);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.path("accepted").isArray()).isTrue();
    }

    @Test
    void acceptedValuesAreListed() throws Exception {
        assertThat(accepted(problem("/api/compare?indicator=REMIT_IN&freq=Z", 400))).containsExactly("A", "Q", "M");
        assertThat(accepted(problem("/api/compare?indicator=REMIT_IN&source=nosuch", 400)))
                .contains("worldbank-wdi", "eurostat-asylum").doesNotContain("nosuch");
        assertThat(accepted(problem("/api/compare?indicator=REMIT_IN&partner=ZZZ", 400))).contains("_T", "MAR");
        assertThat(accepted(problem("/api/compare?indicator=REMIT_IN&from=abc", 400))).contains("YYYY");
        assertThat(accepted(problem("/api/compare?indicatr=REMIT_IN", 400))).contains("indicator", "areas", "format");
        assertThat(accepted(problem("/api/mirror?indicator=ASYL_APP&reporter=ESP&partner=MAR", 400)))
                .contains("IMMIG", "EMIG").doesNotContain("ASYL_APP");
    }

    @Test
    void typeErrorsSpeakTheUsersLanguage() throws Exception {
        assertThat(problem("/api/compare?indicator=REMIT_IN&perCapita=10", 400).path("detail").asString())
                .isEqualTo("perCapita must be 1000 or 100000 (inhabitants)");
        assertThat(accepted(problem("/api/compare?indicator=REMIT_IN&perCapita=abc", 400)))
                .containsExactly("1000", "100000");
        JsonNode id = problem("/api/loads/abc", 400);
        assertThat(id.path("detail").asString()).isEqualTo("id must be a whole number; got \"abc\"");
        assertThat(problem("/api/observations?size=abc", 400).path("detail").asString())
                .isEqualTo("size must be a whole number from 1 to 10000; got \"abc\"");
    }

    @Test
    void aRangeEndingBeforeItStartsIsAnError() throws Exception {
        JsonNode problem = problem("/api/compare?indicator=REMIT_IN&from=2023&to=2019", 400);
        assertThat(problem.path("detail").asString()).isEqualTo("from (2023) comes after to (2019)");
        assertThat(get("/api/compare?indicator=REMIT_IN&from=2019&to=2019").statusCode()).isEqualTo(200);
        assertThat(get("/api/compare?indicator=REMIT_IN&freq=M&areas=MAR&from=2024-03&to=2024").statusCode())
                .isEqualTo(200);
    }

    @Test
    void asOfTodayIsFine() throws Exception {
        assertThat(get("/api/compare?indicator=REMIT_IN&asOf=" + LocalDate.now()).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/compare?indicator=REMIT_IN&format=xml             | json,csv
            /api/compare?indicator=REMIT_IN&format=sdmx-csv        | json,csv
            /api/catalogue?format=csv                              | json
            /api/sources?format=csv                                | json
            /api/loads?format=csv                                  | json
            /api/observations?format=xlsx                          | json,csv,sdmx-csv
            /api/compare.xlsx?indicator=REMIT_IN&format=csv        | xlsx
            """)
    void anUnavailableFormatIs406ListingTheFormatsThatAre(String path, String formats) throws Exception {
        JsonNode problem = problem(path, 406);
        assertThat(problem.path("code").asString()).isEqualTo("FORMAT_NOT_ACCEPTABLE");
        assertThat(problem.path("parameter").asString()).isEqualTo("format");
        assertThat(accepted(problem)).containsExactly(formats.split(","));
    }

    @Test
    void anUnavailableAcceptIs406ListingTheMediaTypes() throws Exception {
        JsonNode problem = problem("/api/compare?indicator=REMIT_IN", "application/xml", 406);
        assertThat(problem.path("parameter").asString()).isEqualTo("Accept");
        assertThat(accepted(problem)).contains("application/json", "text/csv");
    }

    @Test
    void contentNegotiationHonoursQualityValuesAndTheFormatParameter() throws Exception {
        assertThat(contentType("/api/compare?indicator=REMIT_IN&from=2022&to=2022", "text/csv;q=0.5, application/json"))
                .startsWith("application/json");
        assertThat(contentType("/api/compare?indicator=REMIT_IN&from=2022&to=2022", "application/json;q=0.1, text/csv"))
                .startsWith("text/csv");
        assertThat(contentType("/api/compare?indicator=REMIT_IN&from=2022&to=2022&format=json", "text/csv"))
                .startsWith("application/json");
        assertThat(contentType("/api/observations?indicator=REMIT_IN&size=1",
                "application/vnd.sdmx.data+csv, application/json;q=0.9")).startsWith("application/vnd.sdmx.data+csv");
        assertThat(contentType("/api/catalogue?format=json", null)).startsWith("application/json");
    }

    private String contentType(String path, String accept) throws Exception {
        HttpResponse<String> response = getAccepting(path, accept);
        assertThat(response.statusCode()).as("%.300s", response.body()).isEqualTo(200);
        return response.headers().firstValue("Content-Type").orElseThrow();
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() throws Exception {
        assertThat(problem("/api/nothing-here", 404).path("code").asString()).isEqualTo("NOT_FOUND");
        // With a token: without one, any write is refused (401) before the route is looked at.
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/sources")).DELETE()
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(delete.body()).path("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
    }
}
