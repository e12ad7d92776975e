package org.rives;

import org.rives.cli.RivesCommand;
import org.rives.system.StartupWarmUp;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar for the server and the command line: {@code java -jar rives.jar} (or {@code serve}) starts
 * the server; {@code load}, {@code validate} and the other commands run and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RivesApplication {

    public static void main(String[] args) {
        if (RivesCommand.isServe(args)) {
            StartupWarmUp.begin();
            SpringApplication.run(RivesApplication.class, RivesCommand.serverArguments(args));
        } else {
            System.exit(RivesCommand.run(args));
        }
    }
}
