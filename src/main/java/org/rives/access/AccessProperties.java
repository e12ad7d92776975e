package org.rives.access;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where providers and tokens are kept ({@code rives.access.file}, environment {@code RIVES_ACCESS_FILE}):
 * by default {@code access.json} beside the DuckDB file.
 */
@ConfigurationProperties("rives.access")
public record AccessProperties(String file) {

    public Path path(Path database) {
        if (file != null && !file.isBlank()) {
            return Path.of(file);
        }
        Path parent = database.toAbsolutePath().getParent();
        return parent == null ? Path.of("access.json") : parent.resolve("access.json");
    }
}
