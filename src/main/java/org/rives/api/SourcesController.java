package org.rives.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rives.cache.SourceCounts;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.fetch.Freshness;
import org.rives.store.LoadHistory;
import org.rives.store.LoadReport;
import org.rives.store.SourceFreshness;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sources}: each connector, its publisher and licence, its last load and figures held. */
@RestController
class SourcesController {

    /** {@code mode}: {@code pull} when Rives fetches the source from its publisher, {@code push} when it is uploaded. */
    record Source(String id, String title, String format, ConnectorDefinition.Provenance provenance,
                  List<String> samples, List<ConnectorDefinition.Quirk> quirks, long observations, LastLoad lastLoad,
                  String mode, ConnectorDefinition.Remote remote, Freshness freshness) {
    }

    record LastLoad(int loadId, LoadReport.Status status, String file, Instant at, long observations) {

        static LastLoad of(LoadReport report) {
            return new LastLoad(report.loadId(), report.status(), report.file(), report.startedAt(),
                    report.observations());
        }
    }

    record Sources(List<Source> sources, List<String> refused) {
    }

    private final ConnectorRegistry connectors;
    private final SourceCounts counts;
    private final LoadHistory loads;
    private final SourceFreshness freshness;

    SourcesController(ConnectorRegistry connectors, SourceCounts counts, LoadHistory loads,
                      SourceFreshness freshness) {
        this.freshness = freshness;
        this.connectors = connectors;
        this.counts = counts;
        this.loads = loads;
    }

    @GetMapping(value = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
    Sources sources() {
        Map<String, Long> counts = this.counts.bySource();
        Map<String, Instant> lastSuccess = freshness.lastLoads();
        Instant now = Instant.now();
        List<Source> sources = new ArrayList<>();
        for (ConnectorDefinition d : connectors.all()) {
            LastLoad lastLoad = loads.last(d.id()).map(LastLoad::of).orElse(null);
            sources.add(new Source(d.id(), d.title(), d.format(), d.provenance(), d.samples(), d.quirks(),
                    counts.getOrDefault(d.id(), 0L), lastLoad,
                    d.remote() != null && d.remote().hasEndpoint() ? "pull" : "push", d.remote(),
                    SourceFreshness.of(d, lastSuccess.get(d.id()), now)));
        }
        return new Sources(sources, connectors.problems().stream().map(Object::toString).toList());
    }
}
