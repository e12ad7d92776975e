package org.rives.connector.sdmxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;
import org.rives.connector.FeedReader;
import org.rives.connector.ObservationSink;
import org.rives.connector.OptionsSchema;
import org.rives.connector.ReaderOptions;

import tools.jackson.databind.JsonNode;

/**
 * SDMX-ML 2.1 data messages from any SDMX 2.1 REST service (ISTAT, Eurostat, the ECB, the OECD, another
 * Rives), read with the dataflow's structure: the structure message says which dimensions make the key and
 * in what order, which component is the time and which the value, and which codes each codelist allows. The
 * connector's {@code sdmx:} block names the service and the flow; the fetch builds the REST queries from it,
 * and asks only for what changed ({@code updatedAfter}) when the block says the service answers that.
 *
 * <p>Streamed with the JDK's StAX parser, observation by observation.
 */
public final class SdmxMlFeedReader implements FeedReader {

    @Override
    public String format() {
        return "sdmx";
    }

    @Override
    public Optional<JsonNode> optionsSchema() {
        return Optional.of(OptionsSchema.resource("/org/rives/connector/sdmxml/sdmx.schema.json"));
    }

    @Override
    public boolean optionsRequired() {
        return true;
    }

    @Override
    public ReaderOptions parseOptions(JsonNode block) {
        return OptionsSchema.readPart(block, SdmxMlOptions.class);
    }

    @Override
    public Map<String, String> quirkHandlers() {
        return Map.of(
                "sdmx:structure", "the key order, time dimension, measure and attributes are read from the "
                        + "dataflow's structure, never assumed",
                "sdmx:codelists", "a code that the structure's codelist for its component does not hold is rejected "
                        + "where it is written",
                "sdmx:nan", "an OBS_VALUE of NaN, or none, is a missing value",
                "sdmx:delete", "observations of a Delete data set are withdrawn, one by one");
    }

    @Override
    public void read(InputStream input, String fileName, ConnectorDefinition definition, ObservationSink sink)
            throws IOException, FeedFormatException {
        SdmxStructure structure = StructureSource.load(definition);
        new SdmxDataMessage(SdmxXmlInput.open(input), structure, sink).read();
    }
}
