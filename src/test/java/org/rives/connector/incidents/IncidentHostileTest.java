package org.rives.connector.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;

import tools.jackson.databind.json.JsonMapper;

/** Counts that would overflow a sum, or are out of range, are refused where they are; no sum wraps round. */
@Tag("small-heap")
class IncidentHostileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final IncidentOptions OPTIONS = new IncidentOptions(List.of("Incident ID"), List.of("Incident Date"),
            List.of("Migration route"), Map.of("DEAD", List.of("Number of Dead"), "MISSING", List.of("Missing")),
            Map.of("TOTAL", List.of("Total")), List.of("M", "A"));
    private static final String HEADER = "Incident ID,Incident Date,Number of Dead,Missing,Migration route\n";

    private static RecordingSink read(String text) throws Exception {
        ConnectorDefinition definition = TestDefinitions.of("incidents", JSON.convertValue(OPTIONS, Map.class));
        RecordingSink sink = new RecordingSink();
        new IncidentFeedReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv",
                definition, sink);
        return sink;
    }

    /** Two counts of Long.MAX_VALUE used to commit a negative sum. */
    @Test
    void refusesACountBeyondTheRangeInsteadOfWrappingTheSum() throws Exception {
        RecordingSink sink = read(HEADER + "1,2020-01-05,9223372036854775807,0,Central Mediterranean\n"
                + "2,2020-01-06,9223372036854775807,0,Central Mediterranean\n" + "3,2020-01-07,5,0,Central Mediterranean\n");
        assertThat(sink.rejections).containsExactly(
                "2:3 \"9223372036854775807\" is out of range: a count of one incident is read below 1e15",
                "3:3 \"9223372036854775807\" is out of range: a count of one incident is read below 1e15");
        assertThat(sink.values()).contains("DEAD|Central Mediterranean 2020-01=[5]", "DEAD|Central Mediterranean 2020=[5]");
    }

    @Test
    void refusesTheRowThatWouldCarryASumOutOfRange() throws Exception {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 600; i++) {
            file.append(i).append(",2020-01-05,999999999999999,999999999999999,Central Mediterranean\n");
        }
        RecordingSink sink = read(file.toString());
        // the computed total (dead and missing) reaches 1e18 at the 501st row, line 502
        assertThat(sink.rejections).hasSize(100).first().isEqualTo("502:3 the count 1999999999999998 carries the sum "
                + "for \"Central Mediterranean\" in 2020-01 to 1e18 or beyond, out of the range of figures; the row is "
                + "not added");
        assertThat(sink.values()).contains("TOTAL|Central Mediterranean 2020-01=[999999999999999000]",
                "DEAD|Central Mediterranean 2020=[499999999999999500]")
                .noneMatch(cell -> cell.contains("=[-"));
    }

    /** "10,22" was read as 1022. */
    @Test
    void refusesACommaThatIsNoThousandsSeparator() throws Exception {
        RecordingSink sink = read(HEADER + "1,2020-01-05,\"10,22\",0,Central Mediterranean\n"
                + "2,2020-01-06,\"1,022\",0,Central Mediterranean\n");
        assertThat(sink.rejections).containsExactly("2:3 \"10,22\" is not a count (a thousands comma separates groups "
                + "of three digits)");
        assertThat(sink.values()).contains("DEAD|Central Mediterranean 2020-01=[1022]");
    }
}
