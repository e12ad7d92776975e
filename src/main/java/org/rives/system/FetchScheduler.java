package org.rives.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.store.FetchReport;
import org.rives.store.RemoteLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Refreshes each connector that declares {@code remote.url} and {@code remote.schedule} on its cron,
 * in the server only and only with {@code rives.fetch.enabled=true}. One thread: loads are serialised
 * by the store anyway, and a publisher is never asked twice at once.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("rives.fetch.enabled")
class FetchScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FetchScheduler.class);

    private final ConnectorRegistry connectors;
    private final RemoteLoads remote;
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;

    FetchScheduler(ConnectorRegistry connectors, RemoteLoads remote) {
        this.connectors = connectors;
        this.remote = remote;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("rives-fetch-");
        scheduler.initialize();
        for (ConnectorDefinition definition : connectors.all()) {
            ConnectorDefinition.Remote r = definition.remote();
            if (r == null || r.url() == null || r.schedule() == null) {
                continue;
            }
            if (!CronExpression.isValidExpression(r.schedule())) {
                LOG.error("connector {}: remote.schedule \"{}\" is not a valid cron (six fields: second minute hour "
                        + "day month weekday); not scheduled", definition.id(), r.schedule());
                continue;
            }
            tasks.add(scheduler.schedule(() -> refresh(definition.id()), new CronTrigger(r.schedule())));
            LOG.info("connector {}: fetching {} on \"{}\"", definition.id(), r.url(), r.schedule());
        }
    }

    private void refresh(String connector) {
        try {
            FetchReport report = remote.refresh(connector, false);
            String load = report.load() == null ? "" : ", load " + report.load().status() + ": " + report.load().message();
            LOG.info("scheduled fetch of {}: {} ({}){}", connector, report.outcome(), report.message(), load);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // one failing publisher must not stop the schedule of the others, nor its own next run
            LOG.error("scheduled fetch of {} failed: {}", connector, e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        tasks.forEach(task -> task.cancel(false));
        tasks.clear();
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
