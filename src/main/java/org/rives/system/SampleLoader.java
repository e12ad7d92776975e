package org.rives.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.DefinitionChecker;
import org.rives.store.LoadHistory;
import org.rives.store.LoadReport;
import org.rives.store.LoadRequest;
import org.rives.store.LoadService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of a new store, loads every connector's sample files so that the server has
 * figures to show at once. Refused connector files are logged with their reasons.
 */
@Component
@ConditionalOnWebApplication
class SampleLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SampleLoader.class);

    private final RivesProperties properties;
    private final ConnectorRegistry connectors;
    private final LoadService service;
    private final LoadHistory loads;
    private final Catalogue catalogue;

    SampleLoader(RivesProperties properties, ConnectorRegistry connectors, LoadService service, LoadHistory loads,
                 Catalogue catalogue) {
        this.properties = properties;
        this.connectors = connectors;
        this.service = service;
        this.loads = loads;
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        connectors.problems().forEach(problem -> LOG.error("connector refused: {}", problem));
        DefinitionChecker checker = new DefinitionChecker(catalogue, properties.homePath());
        connectors.all().forEach(d -> checker.check(d).forEach(problem -> LOG.warn("connector problem: {}", problem)));
        if (!properties.loadSamplesOnStart() || !loads.isEmpty()) {
            return;
        }
        for (ConnectorDefinition definition : connectors.all()) {
            for (String sample : definition.samples()) {
                Path file = properties.homePath().resolve(sample);
                if (!Files.isRegularFile(file)) {
                    LOG.warn("sample {} of {} is missing", sample, definition.id());
                    continue;
                }
                LoadReport report = service.load(LoadRequest.of(definition.id(), file));
                LOG.info("sample {} -> {}: {} ({} observations, {} rejected)", sample, definition.id(), report.status(),
                        report.observations(), report.rejected());
            }
        }
    }
}
