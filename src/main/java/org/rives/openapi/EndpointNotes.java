package org.rives.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The notes of {@code endpoints.yaml}: what each endpoint and parameter means, in one file beside the
 * code instead of annotations spread over every controller.
 *
 * @param parameters meanings of parameters that several endpoints share, by name
 * @param endpoints  per {@code "METHOD /path"}, that endpoint's notes
 */
record EndpointNotes(Map<String, String> parameters, Map<String, Endpoint> endpoints) {

    static final String RESOURCE = "/org/rives/openapi/endpoints.yaml";

    EndpointNotes {
        parameters = parameters == null ? Map.of() : parameters;
        endpoints = endpoints == null ? Map.of() : endpoints;
    }

    /**
     * @param tag         the group the endpoint is listed under
     * @param formats     the media types of its successful answer, chosen by Accept or format=
     * @param errors      statuses beyond the ones every endpoint may give (400, 404 on a path variable, 500)
     * @param parameters  meanings of its own parameters, or its own sense of a shared one
     * @param headers     headers of its successful answer, by name, with what they mean; an {@code ETag}
     *                    among them also documents the {@code 304} of a conditional request
     */
    record Endpoint(String tag, String summary, String description, List<String> formats, List<Integer> errors,
                    Map<String, String> parameters, Map<String, String> headers) {

        Endpoint {
            headers = headers == null ? Map.of() : headers;
            formats = formats == null ? List.of() : formats;
            errors = errors == null ? List.of() : errors;
            parameters = parameters == null ? Map.of() : parameters;
        }
    }

    static EndpointNotes read() {
        try (InputStream in = EndpointNotes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new YAMLMapper().readValue(in, EndpointNotes.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Endpoint endpoint(String method, String path) {
        return endpoints.get(method + " " + path);
    }

    /** What a parameter means for this endpoint: its own note, else the shared one. */
    String parameter(Endpoint endpoint, String name) {
        String own = endpoint == null ? null : endpoint.parameters().get(name);
        return own != null ? own : parameters.get(name);
    }
}
