package org.rives.api;

import org.rives.compare.Parameters;
import org.rives.compare.Values;
import org.rives.compare.VintageHistory;
import org.rives.harmonise.Harmoniser;
import org.rives.store.RevisionQueries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/revisions}: every vintage of one figure; {@code GET /api/changes}: what loads since a
 * date added, revised or withdrew, as the follow-up committee asks before each meeting. JSON or CSV.
 */
@RestController
class RevisionsController {

    private final VintageHistory history;
    private final Parameters parameters;

    RevisionsController(VintageHistory history, Parameters parameters) {
        this.history = history;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/revisions", produces = {MediaType.APPLICATION_JSON_VALUE, Formats.CSV})
    VintageHistory.Revisions revisions(@RequestParam(required = false) String indicator,
                                       @RequestParam(required = false) String area,
                                       @RequestParam(required = false) String period,
                                       @RequestParam(required = false) String partner,
                                       @RequestParam(required = false) String source,
                                       @RequestParam(required = false) String sex,
                                       @RequestParam(required = false) String age,
                                       @RequestParam(required = false) String breakdown,
                                       @RequestParam(required = false) String asOf) {
        String partnerCode = parameters.partner("partner", partner);
        RevisionQueries.Figure figure = new RevisionQueries.Figure(parameters.indicator("indicator", indicator).code(),
                parameters.requiredArea("area", area), Values.requiredPeriod("period", period),
                partnerCode == null ? Harmoniser.TOTAL : partnerCode, parameters.source("source", source),
                Values.sex("sex", sex, false), Values.code("age", age, false),
                Values.code("breakdown", breakdown, false));
        return history.revisions(figure, parameters.asOf("asOf", asOf));
    }

    @GetMapping(value = "/api/changes", produces = {MediaType.APPLICATION_JSON_VALUE, Formats.CSV})
    VintageHistory.Changes changes(@RequestParam(required = false) String since,
                                   @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) String indicator,
                                   @RequestParam(required = false) String source) {
        return history.changes(Values.since("since", since), parameters.asOf("asOf", asOf),
                parameters.optionalIndicator("indicator", indicator), parameters.source("source", source));
    }
}
