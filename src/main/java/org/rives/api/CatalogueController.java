package org.rives.api;

import java.util.List;

import org.rives.harmonise.Area;
import org.rives.harmonise.Axis;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Indicator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/catalogue}: axes, indicators and areas, with their labels. */
@RestController
class CatalogueController {

    record CatalogueView(List<Axis> axes, List<Indicator> indicators, List<Area> areas) {
    }

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/catalogue")
    CatalogueView catalogue(@RequestParam(required = false) String kind) {
        List<Area> areas = catalogue.areas().stream().filter(a -> kind == null || kind.equals(a.kind())).toList();
        return new CatalogueView(List.copyOf(catalogue.axes()), List.copyOf(catalogue.indicators()), areas);
    }
}
