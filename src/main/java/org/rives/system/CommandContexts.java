package org.rives.system;

import java.nio.file.Path;
import java.util.List;

import org.rives.RivesApplication;
import org.rives.access.AccessProperties;
import org.rives.cli.CliSettings;
import org.rives.cli.CommandContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** The application's context for the command line: everything the server wires, but no web server. */
public final class CommandContexts implements CommandContext {

    @Override
    public ConfigurableApplicationContext start(List<String> settings) {
        return new SpringApplicationBuilder(RivesApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(settings.toArray(String[]::new));
    }

    /** A context of nothing but the settings: the same sources and precedence as the server's, no store. */
    @Override
    public CliSettings settings(List<String> settings) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(settings.toArray(String[]::new))) {
            RivesProperties rives = context.getBean(RivesProperties.class);
            return new CliSettings(rives.homePath(), rives.dbPath(), Path.of(rives.connectorsDir()),
                    context.getBean(AccessProperties.class).path(rives.dbPath()),
                    context.getEnvironment().getProperty("rives.server"));
        }
    }

    @EnableConfigurationProperties({RivesProperties.class, AccessProperties.class})
    static final class SettingsOnly {
    }
}
