package org.rives.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of a new store, loads every connector's sample files so that the server has figures to
 * show. The loads run on a thread of their own once the server has started: the server answers at once, and is
 * ready ({@link StartupLoads}) when the last sample is in. Refused connector files are logged with their reasons.
 */
@Component
@ConditionalOnWebApplication
class SampleLoader implements ApplicationRunner, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SampleLoader.class);

    /** A sample file and the connector that reads it. */
    private record Sample(String connector, Path file, String name) {
    }

    private final RivesProperties properties;
    private final ConnectorRegistry connectors;
    private final LoadService service;
    private final LoadHistory loads;
    private final Catalogue catalogue;
    private final StartupLoads state;
    private volatile boolean stopping;
    private Thread worker;

    SampleLoader(RivesProperties properties, ConnectorRegistry connectors, LoadService service, LoadHistory loads,
                 Catalogue catalogue, StartupLoads state) {
        this.properties = properties;
        this.connectors = connectors;
        this.service = service;
        this.loads = loads;
        this.catalogue = catalogue;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        connectors.problems().forEach(problem -> LOG.error("connector refused: {}", problem));
        DefinitionChecker checker = new DefinitionChecker(catalogue, properties.homePath());
        connectors.all().forEach(d -> checker.check(d).forEach(problem -> LOG.warn("connector problem: {}", problem)));
        if (!properties.loadSamplesOnStart()) {
            ready("samples are not loaded on start (rives.load-samples-on-start=false)");
        } else if (!isNewStore()) {
            ready("the store already holds loads, samples are loaded into a new store only");
        } else {
            List<Sample> samples = samples();
            state.loading(samples.size());
            LOG.info("Loading {} sample files in the background; ready when they are in", samples.size());
            worker = new Thread(() -> loadAll(samples), "rives-samples");
            worker.start();
        }
    }

    private void ready(String why) {
        state.done();
        LOG.info("Ready: {}", why);
    }

    private boolean isNewStore() {
        return loads.isEmpty();
    }

    private List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (ConnectorDefinition definition : connectors.all()) {
            for (String sample : definition.samples()) {
                Path file = properties.homePath().resolve(sample);
                if (Files.isRegularFile(file)) {
                    samples.add(new Sample(definition.id(), file, sample));
                } else {
                    LOG.warn("sample {} of {} is missing", sample, definition.id());
                }
            }
        }
        return samples;
    }

    private void loadAll(List<Sample> samples) {
        Set<String> sources = new TreeSet<>();
        int rejected = 0;
        for (Sample sample : samples) {
            if (stopping) {
                return;
            }
            try {
                LoadReport report = load(sample);
                if (report.succeeded()) {
                    sources.add(sample.connector());
                } else {
                    rejected++;
                }
            } catch (IOException | RuntimeException e) {
                state.failed("loading the sample " + sample.name() + " failed: " + e.getMessage());
                LOG.error("Not ready: loading the sample {} of {} failed", sample.name(), sample.connector(), e);
                return;
            }
            state.fileDone();
        }
        state.done();
        LOG.info("Ready: {} source{} loaded in {} s{}", sources.size(), sources.size() == 1 ? "" : "s", seconds(),
                rejected == 0 ? "" : " (" + rejected + " sample files not loaded, see above)");
    }

    /** The one place where a sample goes into the store. */
    private LoadReport load(Sample sample) throws IOException {
        LoadReport report = service.load(LoadRequest.of(sample.connector(), sample.file()));
        String line = "sample {} -> {}: {} ({} observations, {} rejected)";
        Object[] values = {sample.name(), sample.connector(), report.status(), report.observations(), report.rejected()};
        if (report.succeeded()) {
            LOG.info(line, values);
        } else {
            LOG.warn(line, values);
        }
        return report;
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%.1f", state.progress().elapsed().toMillis() / 1000.0);
    }

    /** On shutdown, the load under way finishes (it is one transaction) and the others are left. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        if (worker != null) {
            worker.join();
        }
    }
}
