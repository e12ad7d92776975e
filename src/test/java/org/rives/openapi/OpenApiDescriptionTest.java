package org.rives.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rives.testing.SampleServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description lists every endpoint Rives' controllers map, whichever package adds them, with
 * errors as problem documents; the notes name nothing the code lacks; Swagger UI works with no internet.
 */
class OpenApiDescriptionTest extends SampleServerTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode description() throws Exception {
        return JsonMapper.builder().build().readTree(getText("/v3/api-docs"));
    }

    /** Every (method, path) Rives' own controllers map, as OpenAPI writes paths ({id}, not {id:\d+} or {*id}). */
    private Set<String> controllerEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getName().startsWith("org.rives.")) {
                continue; // Spring's error page, springdoc's own endpoints
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{\\*?([^}:]+)(:[^}]*)?}", "{$1}");
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(method -> endpoints.add(method + " " + path));
            }
        }
        return endpoints;
    }

    private static Set<String> documented(JsonNode description) {
        Set<String> endpoints = new TreeSet<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> endpoints.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return endpoints;
    }

    @Test
    void everyControllerMappingIsDescribed() throws Exception {
        Set<String> mapped = controllerEndpoints();
        assertThat(mapped).contains("GET /api/compare", "GET /api/observations", "GET /api/observations.parquet",
                "POST /api/loads", "GET /api/loads/{id}");
        assertThat(documented(description())).containsAll(mapped);
    }

    @Test
    void everyApiOperationGivesItsErrorsAsProblemDocuments() throws Exception {
        JsonNode description = description();
        assertThat(description.path("components").path("schemas").path(ApiNotes.PROBLEM_SCHEMA)
                .path("properties").propertyNames()).contains("type", "title", "status", "detail", "instance");
        List<String> without = new ArrayList<>();
        description.path("paths").properties().stream().filter(p -> p.getKey().startsWith("/api/"))
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode responses = op.getValue().path("responses");
                    if (!responses.path("500").path("content").has(ApiNotes.PROBLEM)
                            || (op.getValue().has("parameters") && !responses.has("400"))) {
                        without.add(op.getKey() + " " + path.getKey());
                    }
                }));
        assertThat(without).isEmpty();
        JsonNode loadById = description.at("/paths/~1api~1loads~1{id}/get/responses/404/content");
        assertThat(loadById.has(ApiNotes.PROBLEM)).isTrue();
    }

    @Test
    void writesAskForABearerTokenAndSayWhatA401Or403Means() throws Exception {
        JsonNode description = description();
        assertThat(description.at("/components/securitySchemes/" + ApiNotes.BEARER + "/scheme").asString())
                .isEqualTo("bearer");
        JsonNode upload = description.at("/paths/~1api~1uploads/post");
        assertThat(upload.path("security").get(0).has(ApiNotes.BEARER)).isTrue();
        assertThat(upload.at("/responses/403/description").asString()).contains("another provider's connector");
        assertThat(upload.at("/responses/429/content").has(ApiNotes.PROBLEM)).isTrue();
        assertThat(description.at("/paths/~1api~1compare/get").has("security")).isFalse();
    }

    @Test
    void theNotesDescribeFormatsAndParametersTheCodeHas() throws Exception {
        JsonNode description = description();
        EndpointNotes notes = EndpointNotes.read();
        notes.endpoints().forEach((key, endpoint) -> {
            String[] methodAndPath = key.split(" ", 2);
            JsonNode operation = description.path("paths").path(methodAndPath[1])
                    .path(methodAndPath[0].toLowerCase(Locale.ROOT));
            assertThat(operation.isObject()).as("%s is in endpoints.yaml but no controller maps it", key).isTrue();
            Set<String> names = new TreeSet<>();
            operation.path("parameters").forEach(p -> names.add(p.path("name").asString()));
            assertThat(names).as("parameters of %s", key).containsAll(endpoint.parameters().keySet());
            assertThat(operation.path("responses").path("200").path("content").propertyNames())
                    .as("formats of %s", key).containsAll(endpoint.formats());
        });
        JsonNode compare = description.at("/paths/~1api~1compare/get");
        assertThat(compare.path("summary").asString()).startsWith("The comparable table");
        assertThat(compare.path("parameters").get(0).path("description").asString()).contains("REMIT_IN");
        assertThat(description.at("/paths/~1api~1observations.parquet/get/responses/200/content").propertyNames())
                .containsExactly("application/vnd.apache.parquet");
    }

    @Test
    void swaggerUiIsServedFromTheJarWithNothingFetchedElsewhere() throws Exception {
        assertThat(get("/swagger-ui.html").statusCode()).isEqualTo(302);
        String page = getText("/swagger-ui/index.html");
        String initializer = getText("/swagger-ui/swagger-initializer.js");
        assertThat(page + initializer).doesNotContain("http://", "https://");
        assertThat(initializer).contains("/v3/api-docs/swagger-config");
        Matcher assets = Pattern.compile("(?:src|href)=\"\\./?([^\"]+)\"").matcher(page);
        List<String> referenced = new ArrayList<>();
        while (assets.find()) {
            referenced.add(assets.group(1));
        }
        assertThat(referenced).contains("swagger-ui-bundle.js", "swagger-ui.css");
        for (String asset : referenced) {
            assertThat(get("/swagger-ui/" + asset).statusCode()).as(asset).isEqualTo(200);
        }
        String config = getText("/v3/api-docs/swagger-config");
        assertThat(config).contains("\"url\":\"/v3/api-docs\"").doesNotContain("petstore");
        assertThat(new String(get("/swagger-ui/swagger-ui-bundle.js").body(), StandardCharsets.UTF_8))
                .doesNotContain("petstore.swagger.io/v2/swagger.json");
    }
}
