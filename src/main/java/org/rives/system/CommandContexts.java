package org.rives.system;

import java.util.List;

import org.rives.RivesApplication;
import org.rives.cli.CommandContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
}
