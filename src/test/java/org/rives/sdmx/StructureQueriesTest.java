package org.rives.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Structure queries return what the standard says for each resource, version keyword, item, references
 * and detail value: the artefacts listed here are read back from the message Rives writes.
 */
class StructureQueriesTest extends SdmxServerTest {

    private static final Pattern MAINTAINABLE = Pattern.compile(
            "<str:(Dataflow|DataStructure|Codelist|ConceptScheme|AgencyScheme|DataProviderScheme) id=\"([^\"]+)\"");

    @Test
    void aDataflowAloneOrWithWhatItReferences() {
        assertThat(artefacts("/dataflow/RIVES/DF_DEVELOPMENT/latest")).containsExactly("Dataflow DF_DEVELOPMENT");
        assertThat(artefacts("/dataflow/RIVES/DF_DEVELOPMENT/latest?references=children"))
                .containsExactly("Dataflow DF_DEVELOPMENT", "DataStructure DSD_MIGRATION");
        assertThat(artefacts("/dataflow/RIVES/DF_DEVELOPMENT/1.0?references=all")).contains("Dataflow DF_DEVELOPMENT",
                "Codelist CL_AREA", "Codelist CL_OBS_STATUS", "ConceptScheme CS_MIGRATION",
                "DataStructure DSD_MIGRATION").doesNotContain("Dataflow DF_MOBILITY");
    }

    @Test
    void theStructureWithItsChildrenOrItsParents() {
        assertThat(artefacts("/datastructure/RIVES/DSD_MIGRATION/1.0?references=children")).contains(
                "Codelist CL_FREQ", "Codelist CL_SOURCE", "ConceptScheme CS_MIGRATION").doesNotContain(
                "Dataflow DF_MIGRATION");
        assertThat(artefacts("/datastructure/all/all/latest?references=parents")).contains("Dataflow DF_MIGRATION",
                "Dataflow DF_DEVELOPMENT", "DataStructure DSD_MIGRATION").doesNotContain("Codelist CL_AREA");
        assertThat(artefacts("/datastructure?references=codelist")).contains("Codelist CL_AREA")
                .doesNotContain("ConceptScheme CS_MIGRATION");
    }

    @Test
    void itemsVersionsAndAgenciesSelect() {
        String codes = text(get("/codelist/RIVES/CL_AREA/1.0/MAR+TUN", null));
        assertThat(codes).contains("isPartial=\"true\"").contains("<str:Code id=\"MAR\"")
                .contains("<str:Code id=\"TUN\"").doesNotContain("<str:Code id=\"ESP\"");
        assertThat(artefacts("/codelist/RIVES+ECB/CL_FREQ+CL_SEX")).containsExactly("Codelist CL_FREQ",
                "Codelist CL_SEX");
        assertThat(get("/codelist/ECB/all/latest", null).statusCode()).isEqualTo(404);
        assertThat(artefacts("/agencyscheme/SDMX/AGENCIES/1.0")).containsExactly("AgencyScheme AGENCIES");
    }

    @Test
    void stubsCarryNamesOnlyAndPartialCodelistsTheCodesInUse() {
        String stubs = text(get("/codelist/RIVES/CL_AREA?detail=allstubs", null));
        assertThat(stubs).contains("<str:Codelist id=\"CL_AREA\"").doesNotContain("<str:Code ");
        String referenced = text(get("/dataflow/RIVES/DF_DEVELOPMENT?references=descendants"
                + "&detail=referencestubs", null));
        assertThat(referenced).contains("<str:Dataflow id=\"DF_DEVELOPMENT\"").doesNotContain("<str:Code ")
                .doesNotContain("<str:DataStructureComponents");
        String partial = text(get("/dataflow/RIVES/DF_DEVELOPMENT?references=descendants"
                + "&detail=referencepartial", null));
        assertThat(partial).contains("<str:Code id=\"REMIT_IN\"").doesNotContain("<str:Code id=\"ASYL_APP\"")
                .contains("<str:Code id=\"MAR\"").contains("<str:DataStructureComponents");
    }

    private List<String> artefacts(String path) {
        String message = text(get(path, null));
        Matcher matcher = MAINTAINABLE.matcher(message);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1) + " " + matcher.group(2));
        }
        return found;
    }
}
