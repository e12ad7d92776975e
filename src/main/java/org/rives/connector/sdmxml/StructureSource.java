package org.rives.connector.sdmxml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.fetch.FetchResult;
import org.rives.connector.fetch.FetchSettings;
import org.rives.connector.fetch.Fetcher;
import org.rives.connector.fetch.Validators;

/**
 * Where a connector's structure comes from: the file it names, or the service, asked for the dataflow with
 * every structure it references ({@code references=all}: the data structure, its concepts and codelists).
 * The service's answer streams to a temporary file, read once and deleted.
 */
final class StructureSource {

    static final String STRUCTURE_XML = "application/vnd.sdmx.structure+xml;version=2.1";

    private StructureSource() {
    }

    static SdmxStructure load(ConnectorDefinition definition) throws IOException, FeedFormatException {
        SdmxMlOptions options = definition.options(SdmxMlOptions.class);
        if (options.structure() != null) {
            try (InputStream in = Files.newInputStream(local(definition, options.structure()))) {
                return SdmxStructure.read(in, options.flow());
            }
        }
        Path work = Files.createTempDirectory("rives-sdmx-structure-");
        try {
            FetchResult fetched = new Fetcher(FetchSettings.DEFAULTS).fetch(URI.create(options.structureUrl()),
                    STRUCTURE_XML, Validators.NONE, null, work);
            if (fetched.outcome() != FetchResult.Outcome.FETCHED) {
                throw new FeedFormatException(0, 0, "cannot read the structure of dataflow "
                        + options.flow().reference() + " from " + options.structureUrl() + ": " + fetched.message());
            }
            try (InputStream in = Files.newInputStream(fetched.file())) {
                return SdmxStructure.read(in, options.flow());
            } finally {
                Files.deleteIfExists(fetched.file());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the structure of " + options.flow().reference(), e);
        } finally {
            Files.deleteIfExists(work);
        }
    }

    /** A structure file named by a connector: relative to the connector's own folder, as a reader of it expects. */
    private static Path local(ConnectorDefinition definition, String structure) {
        Path path = Path.of(structure);
        Path folder = definition.origin() == null ? null : definition.origin().toAbsolutePath().getParent();
        return path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
    }
}
