package org.rives.api;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.connector.fetch.Freshness;
import org.rives.store.Database;
import org.rives.store.LoadLog;
import org.rives.store.LoadReport;
import org.rives.store.ObservationQueries;
import org.rives.store.SourceFreshness;
import org.rives.store.StoreException;
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

    record LastLoad(int loadId, String status, String file, java.time.Instant at, long observations) {
    }

    record Sources(List<Source> sources, List<String> refused) {
    }

    private final ConnectorRegistry connectors;
    private final ObservationQueries queries;
    private final Database database;
    private final LoadLog log;
    private final SourceFreshness freshness;

    SourcesController(ConnectorRegistry connectors, ObservationQueries queries, Database database, LoadLog log,
                      SourceFreshness freshness) {
        this.freshness = freshness;
        this.connectors = connectors;
        this.queries = queries;
        this.database = database;
        this.log = log;
    }

    @GetMapping("/api/sources")
    Sources sources() {
        Map<String, Long> counts = queries.countsBySource();
        Map<String, java.time.Instant> lastSuccess = freshness.lastLoads();
        java.time.Instant now = java.time.Instant.now();
        try (Database.ReadConnection read = database.read()) {
            List<Source> sources = new java.util.ArrayList<>();
            for (ConnectorDefinition d : connectors.all()) {
                List<LoadReport> last = log.list(read.connection(), d.id(), 1);
                LastLoad lastLoad = last.isEmpty() ? null : new LastLoad(last.get(0).loadId(), last.get(0).status(),
                        last.get(0).file(), last.get(0).startedAt(), last.get(0).observations());
                sources.add(new Source(d.id(), d.title(), d.format(), d.provenance(), d.samples(), d.quirks(),
                        counts.getOrDefault(d.id(), 0L), lastLoad,
                        d.remote() != null && d.remote().hasEndpoint() ? "pull" : "push", d.remote(),
                        SourceFreshness.of(d, lastSuccess.get(d.id()), now)));
            }
            return new Sources(sources, connectors.problems().stream().map(Object::toString).toList());
        } catch (SQLException e) {
            throw new StoreException("cannot read loads: " + e.getMessage(), e);
        }
    }
}
