package org.rives.openapi;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Completes what springdoc inferred: summaries, descriptions and tags from {@link EndpointNotes}, the
 * formats each endpoint answers in, and its errors as RFC 9457 problem documents. Applies to every
 * endpoint, including ones added later: those get the errors and shared parameter meanings at once.
 */
final class ApiNotes implements OpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String BEARER = "bearer";

    private static final Map<Integer, String> ERRORS = Map.of(
            400, "A parameter is missing or not valid: the detail names it and what it accepts.",
            401, "No token, or one that is not valid now (unknown, revoked or expired): send Authorization: Bearer.",
            403, "The token is valid but may not do this: another provider's connector, or an administrator's task.",
            404, "Nothing has this id or code.",
            409, "The upload is not at a step that allows this (still waiting or running, or already committed).",
            413, "The file is larger than the server accepts.",
            429, "This token already holds as many uploads as the server keeps: commit or cancel one first.",
            500, "The store failed; the detail says how.",
            503, "The server is busy; the Retry-After header says when to try again.");

    private final EndpointNotes notes;

    ApiNotes(EndpointNotes notes) {
        this.notes = notes;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("A token from `rives token create`, scoped to its provider's connectors."));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            EndpointNotes.Endpoint endpoint = notes.endpoint(method.name(), path);
            describe(operation, endpoint);
            formats(operation, endpoint);
            if (path.startsWith("/api/")) {
                errors(operation, path, endpoint);
            }
            if (endpoint != null && endpoint.errors().contains(401)) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
            }
        }));
    }

    private void describe(Operation operation, EndpointNotes.Endpoint endpoint) {
        if (endpoint != null) {
            if (operation.getSummary() == null) {
                operation.setSummary(endpoint.summary());
            }
            if (operation.getDescription() == null) {
                operation.setDescription(endpoint.description());
            }
            if (endpoint.tag() != null) {
                operation.setTags(List.of(endpoint.tag()));
            }
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getDescription() == null) {
                    parameter.setDescription(notes.parameter(endpoint, parameter.getName()));
                }
            }
        }
    }

    /** springdoc says {@code *}/{@code *} for an endpoint that picks its format itself: name the formats. */
    private static void formats(Operation operation, EndpointNotes.Endpoint endpoint) {
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (endpoint == null || endpoint.formats().isEmpty() || ok == null) {
            return;
        }
        MediaType inferred = ok.getContent() == null ? null : ok.getContent().values().stream().findFirst().orElse(null);
        Content content = new Content();
        for (String format : endpoint.formats()) {
            boolean json = format.contains("json");
            content.addMediaType(format, json && inferred != null ? inferred
                    : new MediaType().schema(new StringSchema().format(json ? null : "binary")));
        }
        ok.setContent(content);
    }

    private static void errors(Operation operation, String path, EndpointNotes.Endpoint endpoint) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || operation.getRequestBody() != null;
        if (takesInput) {
            problem(responses, 400);
        }
        if (path.contains("{")) {
            problem(responses, 404);
        }
        problem(responses, 500);
        if (endpoint != null) {
            endpoint.errors().forEach(status -> problem(responses, status));
        }
        operation.setResponses(responses);
    }

    private static void problem(ApiResponses responses, int status) {
        responses.computeIfAbsent(String.valueOf(status), s -> new ApiResponse()
                .description(ERRORS.getOrDefault(status, "An error, as a problem document."))
                .content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An error as RFC 9457 defines it.")
                .addProperty("type", new StringSchema().format("uri").description("The kind of problem; about:blank when only the status says it."))
                .addProperty("title", new StringSchema().description("Short summary: Bad request, Not found ..."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What was wrong with this request, and how to put it right."))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request path."));
    }
}
