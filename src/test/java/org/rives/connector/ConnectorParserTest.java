package org.rives.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** What the connector schema of the installed readers refuses, and how it says so. */
class ConnectorParserTest {

    private static final String COMMON = """
            id: t
            title: t
            provenance: {publisher: p, dataset: d, licence: l, url: "https://p.example"}
            samples: [t]
            dimensions:
              indicator: {value: X}
              ref_area: {value: MAR}
            indicators:
              X: {code: MIGR_STOCK, unit: PERS}
            """;

    private static List<String> reasons(String yaml) {
        List<String> reasons = new ArrayList<>();
        ConnectorDefinition definition = ConnectorParser.standard()
                .parse(YAMLMapper.builder().build().readTree(COMMON + yaml), null, reasons);
        assertThat(definition == null).as("refused exactly when there are reasons: %s", reasons)
                .isEqualTo(!reasons.isEmpty());
        return reasons;
    }

    @Test
    void readsEachFormatsBlockIntoItsReadersOptions() {
        List<String> reasons = new ArrayList<>();
        ConnectorDefinition definition = ConnectorParser.standard().parse(YAMLMapper.builder().build().readTree(
                COMMON + "format: xlsx\n"
                        + "xlsx: {sheet: Table 1, layout: wide, periodHeader: '(\\d{4})', decimal: ','}\n"),
                null, reasons);
        assertThat(reasons).isEmpty();
        org.rives.connector.xlsx.XlsxOptions options = definition.options(org.rives.connector.xlsx.XlsxOptions.class);
        assertThat(options.sheet()).isEqualTo("Table 1");
        assertThat(options.layout().wide()).isTrue();
        assertThat(options.cells().decimal()).isEqualTo(",");
    }

    @Test
    void refusesAnotherFormatsOptionsBlock() {
        assertThat(reasons("format: xlsx\ncsv: {delimiter: ';'}\n"))
                .containsExactly("/csv: options of another format; this connector's format is xlsx");
    }

    @Test
    void refusesAFormatNoReaderReads() {
        assertThat(reasons("format: parquet\n")).singleElement().asString()
                .startsWith("/format: ").contains("csv", "xlsx");
    }

    @Test
    void refusesATypoInAnOptionsBlockWithItsPath() {
        assertThat(reasons("format: csv\ncsv: {delimeter: ';'}\n"))
                .containsExactly("unknown key \"delimeter\" at /csv (a typo?)");
    }

    @Test
    void refusesAFormatWithoutTheOptionsItNeeds() {
        assertThat(reasons("format: incidents\n")).singleElement().asString().contains("incidents");
    }

    @Test
    void refusesOptionsTheReaderCannotUse() {
        assertThat(reasons("format: csv\ncsv: {decimal: ',', thousands: ','}\n"))
                .containsExactly("csv: thousands and decimal are both \",\"; a number like 91.440 would be ambiguous");
    }

    @Test
    void refusesAQuirkThatNothingHandles() {
        assertThat(reasons("""
                format: csv
                csv: {thousands: " "}
                quirks:
                  - {id: SPACE_THOUSANDS, cause: a space separates thousands, handledBy: [csv.thousands]}
                  - {id: DECIMAL_COMMA, cause: a decimal comma, handledBy: [csv.decimal]}
                  - {id: SPARSE, cause: sparse values, handledBy: ["json-stat:sparse-values"]}
                  - {id: BOM, cause: a byte-order mark, handledBy: ["csv:bom"]}
                  - {id: SILENT, cause: nothing said}
                """)).containsExactly(
                "/quirks/4: required property 'handledBy' not found");
    }

    @Test
    void refusesHandlersThatAreNotThere() {
        assertThat(reasons("""
                format: csv
                csv: {thousands: " "}
                quirks:
                  - {id: SPACE_THOUSANDS, cause: a space separates thousands, handledBy: [csv.thousands]}
                  - {id: DECIMAL_COMMA, cause: a decimal comma, handledBy: [csv.decimal]}
                  - {id: SPARSE, cause: sparse values, handledBy: ["json-stat:sparse-values"]}
                  - {id: BOM, cause: a byte-order mark, handledBy: ["csv:bom", "rives:any-order"]}
                """)).satisfiesExactly(
                unset -> assertThat(unset).isEqualTo("quirk DECIMAL_COMMA: handledBy names option csv.decimal, "
                        + "which this connector does not set"),
                unknown -> assertThat(unknown).startsWith("quirk SPARSE: handler \"json-stat:sparse-values\" is not "
                        + "registered by the csv reader (it handles: csv:bom, "));
    }

    @Test
    void findsOptionsWhoseKeysHoldDotsOrSpaces() {
        assertThat(reasons("""
                format: worldbank-api
                exclude: {country.id: [XD], Data type: [""]}
                quirks:
                  - {id: AGGREGATES, cause: aggregates, handledBy: [exclude.country.id, "exclude.Data type"]}
                """)).isEmpty();
    }
}
