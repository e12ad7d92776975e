package org.rives.api;

import java.util.List;

import org.rives.compare.Parameters;
import org.rives.harmonise.Area;
import org.rives.harmonise.Axis;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Indicator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/catalogue}: axes, indicators and areas (of one {@code kind} if given), with their labels. */
@RestController
class CatalogueController {

    record CatalogueView(List<Axis> axes, List<Indicator> indicators, List<Area> areas) {
    }

    private final Catalogue catalogue;
    private final Parameters parameters;

    CatalogueController(Catalogue catalogue, Parameters parameters) {
        this.catalogue = catalogue;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
    CatalogueView catalogue(@RequestParam(required = false) String kind) {
        String only = parameters.areaKind("kind", kind);
        List<Area> areas = catalogue.areas().stream().filter(a -> only == null || only.equals(a.kind())).toList();
        return new CatalogueView(List.copyOf(catalogue.axes()), List.copyOf(catalogue.indicators()), areas);
    }
}
