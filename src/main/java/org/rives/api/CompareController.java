package org.rives.api;

import org.rives.compare.CompareEngine;
import org.rives.compare.CompareParameters;
import org.rives.compare.CompareTable;
import org.rives.compare.MirrorEngine;
import org.rives.compare.MirrorParameters;
import org.rives.compare.MirrorTable;
import org.rives.compare.Parameters;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/compare}: the comparable table across both shores; {@code GET /api/mirror}: a
 * bilateral flow as the reporter and as the partner report it. JSON or CSV, by content negotiation.
 */
@RestController
class CompareController {

    private final CompareEngine compare;
    private final MirrorEngine mirror;
    private final Parameters parameters;

    CompareController(CompareEngine compare, MirrorEngine mirror, Parameters parameters) {
        this.compare = compare;
        this.mirror = mirror;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/compare", produces = {MediaType.APPLICATION_JSON_VALUE, Formats.CSV})
    CompareTable compare(@ParameterObject CompareParameters query) {
        return compare.compare(query.request(parameters));
    }

    @GetMapping(value = "/api/mirror", produces = {MediaType.APPLICATION_JSON_VALUE, Formats.CSV})
    MirrorTable mirror(@ParameterObject MirrorParameters query) {
        return mirror.mirror(query.request(parameters));
    }
}
