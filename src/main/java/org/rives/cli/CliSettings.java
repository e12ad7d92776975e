package org.rives.cli;

import java.nio.file.Path;

import org.rives.access.AccessFile;
import org.rives.access.AccessProperties;
import org.rives.system.RivesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The installation's settings for commands that must not open the store ({@code validate}, {@code token},
 * {@code provider}, and {@code load} before it knows whether a server holds the store). A context of its
 * own, with nothing but the settings in it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RivesProperties.class, AccessProperties.class})
class CliSettings {

    private final RivesProperties rives;
    private final AccessProperties access;
    private final String server;

    CliSettings(RivesProperties rives, AccessProperties access, Environment environment) {
        this.rives = rives;
        this.access = access;
        this.server = environment.getProperty("rives.server");
    }

    RivesProperties rives() {
        return rives;
    }

    AccessFile accessFile() {
        return new AccessFile(access.path(rives.dbPath()));
    }

    Path db() {
        return rives.dbPath();
    }

    /** The server to send loads to when the store is held ({@code rives.server}, {@code RIVES_SERVER}); or null. */
    String server() {
        return server == null || server.isBlank() ? null : server;
    }
}
