package org.rives.connector.table;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.csv.CsvFeedReader;
import org.rives.connector.xlsx.XlsxFeedReader;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

import tools.jackson.databind.json.JsonMapper;

/**
 * Connectors and reads for the layout tests: a definition whose area comes from one column of the file
 * (so that column is named by a rule, as in a real connector), read through the CSV or XLSX reader.
 */
final class TableFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TableFixtures() {
    }

    /** A connector of {@code format} reading the area from {@code areaColumn}, with these options and flags. */
    static ConnectorDefinition connector(String format, String areaColumn, Map<String, ?> options,
                                         Map<String, String> flags) {
        Map<String, Object> connector = new LinkedHashMap<>();
        connector.put("id", "t");
        connector.put("title", "test connector");
        connector.put("format", format);
        connector.put("provenance", Map.of("publisher", "p", "dataset", "d", "licence", "l", "url", "https://p.example"));
        connector.put("samples", List.of("t"));
        connector.put("dimensions", Map.of("indicator", Map.of("value", "X"),
                "ref_area", Map.of("column", areaColumn, "codelist", "area")));
        connector.put("indicators", Map.of("X", Map.of("code", "MIGR_STOCK", "unit", "PERS")));
        connector.put("flags", flags);
        connector.put(format, options);
        return TestDefinitions.parse(JSON.valueToTree(connector));
    }

    static RecordingSink csv(ConnectorDefinition definition, String text) throws Exception {
        RecordingSink sink = new RecordingSink();
        new CsvFeedReader().read(new ByteArrayInputStream(text.getBytes(UTF_8)), "t.csv", definition, sink);
        return sink;
    }

    static RecordingSink xlsx(ConnectorDefinition definition, byte[] workbook) throws Exception {
        RecordingSink sink = new RecordingSink();
        new XlsxFeedReader().read(new ByteArrayInputStream(workbook), "t.xlsx", definition, sink);
        return sink;
    }
}
