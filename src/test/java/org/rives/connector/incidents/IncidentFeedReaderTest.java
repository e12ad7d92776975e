package org.rives.connector.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.rives.testing.RecordingSink;
import org.rives.testing.TestDefinitions;
import org.junit.jupiter.api.Test;
import org.rives.connector.ConnectorDefinition;
import org.rives.connector.FeedFormatException;

import tools.jackson.databind.json.JsonMapper;

class IncidentFeedReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final IncidentOptions IOM = new IncidentOptions(List.of("Incident ID", "Web ID"),
            List.of("Incident Date", "Reported Date"), List.of("Migration Route", "Migration route"),
            Map.of("DEAD", List.of("Number Dead", "Number of Dead"),
                    "MISSING", List.of("Minimum Estimated Number of Missing")),
            Map.of("TOTAL", List.of("Total Dead and Missing", "Total Number of Dead and Missing")), List.of("M", "A"));

    private static RecordingSink read(IncidentOptions options, String text) throws Exception {
        ConnectorDefinition definition = TestDefinitions.of("incidents", JSON.convertValue(options, Map.class));
        RecordingSink sink = new RecordingSink();
        new IncidentFeedReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv",
                definition, sink);
        return sink;
    }

    @Test
    void sumsThe2020LayoutByRouteAndMonthWithThousandsAndEmptyCounts() throws Exception {
        String file = "\"Web ID\",\"Reported Date\",\"Number Dead\",\"Minimum Estimated Number of Missing\","
                + "\"Total Dead and Missing\",\"Location Description\",\"Migration Route\"\r\n"
                + "\"40345\",\"April 18, 2015\",\"750\",\"272\",\"1,022\",\"off Libya\",\"Central Mediterranean\"\r\n"
                + "\"40674\",\"April 20, 2015\",\"3\",\"\",\"3\",\"ends with a line break\n\",\"Central Mediterranean\"\r\n"
                + "\"40700\",\"May 02, 2015\",\"1\",\"\",\"1\",\"Ceuta\",\"Western Mediterranean\"\r\n";
        RecordingSink sink = read(IOM, file);
        assertThat(sink.rows).isEqualTo(3);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.cells).containsExactly(
                "2:3 DEAD|Central Mediterranean 2015-04=[753]", "2:4 MISSING|Central Mediterranean 2015-04=[272]",
                "2:5 TOTAL|Central Mediterranean 2015-04=[1025]",
                "2:3 DEAD|Central Mediterranean 2015=[753]", "2:4 MISSING|Central Mediterranean 2015=[272]",
                "2:5 TOTAL|Central Mediterranean 2015=[1025]",
                "5:3 DEAD|Western Mediterranean 2015-05=[1]", "5:4 MISSING|Western Mediterranean 2015-05=[0]",
                "5:5 TOTAL|Western Mediterranean 2015-05=[1]",
                "5:3 DEAD|Western Mediterranean 2015=[1]", "5:4 MISSING|Western Mediterranean 2015=[0]",
                "5:5 TOTAL|Western Mediterranean 2015=[1]");
    }

    @Test
    void sumsThe2026LayoutWithoutATotalColumnAndCountsARepeatedIdOnce() throws Exception {
        String file = "\"Main ID\",\"Incident ID\",\"Incident Date\",\"Number Dead\","
                + "\"Minimum Estimated Number of Missing\",\"Migration route\"\n"
                + "2026.MMP0007,2026.MMP00078,\"Wed, 01/07/2026 - 12:00\",25,66,\"Western Africa / Atlantic route\"\n"
                + "2026.MMP0007,2026.MMP00079,\"Wed, 01/07/2026 - 12:00\",16,0,\"Western Africa / Atlantic route\"\n"
                + "2026.MMP0007,2026.MMP00079,\"Wed, 01/07/2026 - 12:00\",16,0,\"Western Africa / Atlantic route\"\n"
                + "2026.MMP0190,2026.MMP0190218,\"Sat, 04/18/2026 - 12:00\",17,-5,\"Western Africa / Atlantic route\"";
        IncidentOptions monthly = new IncidentOptions(IOM.id(), IOM.date(), IOM.group(), IOM.counts(), IOM.total(),
                List.of("M"));
        RecordingSink sink = read(monthly, file);
        assertThat(sink.rows).isEqualTo(4);
        assertThat(sink.cells).containsExactly(
                "2:4 DEAD|Western Africa / Atlantic route 2026-01=[41]",
                "2:5 MISSING|Western Africa / Atlantic route 2026-01=[66]",
                "2:0 TOTAL|Western Africa / Atlantic route 2026-01=[107]",
                "5:4 DEAD|Western Africa / Atlantic route 2026-04=[17]",
                "5:5 MISSING|Western Africa / Atlantic route 2026-04=[-5]",
                "5:0 TOTAL|Western Africa / Atlantic route 2026-04=[12]");
    }

    @Test
    void rejectsARowWhoseDateOrCountCannotBeReadAndGoesOn() throws Exception {
        String file = "\"Incident ID\",\"Incident Date\",\"Number of Dead\",\"Minimum Estimated Number of Missing\","
                + "\"Migration Route\"\n"
                + "a,2014-01-06,1,,Central Mediterranean\n"
                + "b,sometime in 2014,1,,Central Mediterranean\n"
                + "c,2014-01-07,two,,Central Mediterranean\n";
        IncidentOptions monthly = new IncidentOptions(IOM.id(), IOM.date(), IOM.group(), IOM.counts(), null,
                List.of("M"));
        RecordingSink sink = read(monthly, file);
        assertThat(sink.rejections).containsExactly(
                "3:2 \"sometime in 2014\" is not a date in any of the publisher's forms", "4:3 \"two\" is not a count");
        assertThat(sink.cells).containsExactly("2:3 DEAD|Central Mediterranean 2014-01=[1]",
                "2:4 MISSING|Central Mediterranean 2014-01=[0]");
    }

    @Test
    void namesTheColumnItCannotFind() {
        String file = "\"Incident ID\",\"Date\",\"Number Dead\"\n";
        assertThatThrownBy(() -> read(IOM, file)).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("[Incident Date, Reported Date] (incidents.date)");
    }
}
