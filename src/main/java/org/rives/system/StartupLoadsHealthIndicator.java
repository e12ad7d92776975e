package org.rives.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code startupLoads} in {@code /actuator/health}, and part of the readiness group
 * ({@code /actuator/health/readiness}, see application.properties): out of service while the server loads its
 * samples, down when that failed, up once they are in. Liveness does not include it: a server that loads answers.
 */
@Component
class StartupLoadsHealthIndicator implements HealthIndicator {

    private final StartupLoads loads;

    StartupLoadsHealthIndicator(StartupLoads loads) {
        this.loads = loads;
    }

    @Override
    public Health health() {
        StartupLoads.Progress progress = loads.progress();
        Health.Builder health = switch (progress.phase()) {
            case READY -> Health.up();
            case FAILED -> Health.down().withDetail("failure", progress.failure());
            case STARTING, LOADING -> Health.outOfService();
        };
        return health.withDetail("phase", progress.phase().code())
                .withDetail("files", progress.files()).withDetail("filesLoaded", progress.filesDone())
                .withDetail("seconds", progress.elapsed().toSeconds()).build();
    }
}
