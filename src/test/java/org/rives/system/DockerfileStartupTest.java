package org.rives.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rives.testing.TestStore;

/**
 * No Docker engine runs where the tests run, so the Dockerfile is checked as text: the image trains a class data
 * archive with its own JVM and the server's flags, and the entry point starts from that archive.
 */
class DockerfileStartupTest {

    @Test
    void theImageStartsFromTheClassDataArchiveItTrained() throws Exception {
        String dockerfile = Files.readString(TestStore.REPO.resolve("Dockerfile"));
        assertThat(dockerfile).contains("-Djarmode=tools -jar target/rives.jar extract");
        Matcher training = Pattern.compile("RUN java (.*) -XX:ArchiveClassesAtExit=(\\S+) -Dspring.context.exit=onRefresh")
                .matcher(dockerfile);
        assertThat(training.find()).as("a training run that writes the archive").isTrue();
        String flags = training.group(1);
        String archive = training.group(2);
        String entryPoint = dockerfile.lines().filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
        assertThat(entryPoint.replace("\", \"", " ")).contains(flags, "-XX:SharedArchiveFile=" + archive,
                "-jar " + archive.replace("rives.jsa", "rives.jar"));
    }
}
