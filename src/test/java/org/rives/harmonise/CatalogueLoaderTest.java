package org.rives.harmonise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rives.testing.TestStore;

/**
 * The catalogue is checked like the connectors: a misspelt key, column or code is refused with its place,
 * never read as absent; and its version changes with its content, not with its layout.
 */
class CatalogueLoaderTest {

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheCatalogue() throws IOException {
        for (String name : List.of(CatalogueLoader.INDICATORS, CatalogueLoader.AREAS)) {
            Files.copy(TestStore.REPO.resolve("src/main/resources/catalogue").resolve(name), copy.resolve(name));
        }
    }

    @Test
    void theCataloguesCopyLoadsWithTheSameVersion() throws IOException {
        Catalogue catalogue = CatalogueLoader.load(copy);
        assertThat(catalogue.version()).matches("[0-9a-f]{64}").isEqualTo(CatalogueLoader.load().version());
        long rows = Files.readAllLines(copy.resolve(CatalogueLoader.AREAS)).size() - 1;
        assertThat(catalogue.areas()).hasSize((int) rows).extracting(Area::code).contains("MAR", "5P5_S", "STLS");
        assertThat(catalogue.indicators()).isNotEmpty().containsExactlyElementsOf(CatalogueLoader.load().indicators());
    }

    @Test
    void commentsAndLayoutDoNotChangeTheVersionAndContentDoes() throws IOException {
        String version = CatalogueLoader.load(copy).version();
        edit(CatalogueLoader.INDICATORS, "axes:\n", "# the roadmap's axes\naxes:   \n\n");
        edit(CatalogueLoader.INDICATORS, "labels: {en: Mobility and regular migration, fr:",
                "labels: {fr: Mobilité et migration régulière, en: Mobility and regular migration, fr:");
        edit(CatalogueLoader.INDICATORS, "fr: Mobilité et migration régulière, ar:", "ar:");
        edit(CatalogueLoader.AREAS, "MAR,country,MA,MAR,504,S,Morocco,", "MAR,country,MA,MAR,504,S,\"Morocco\",");
        assertThat(CatalogueLoader.load(copy).version()).isEqualTo(version);

        edit(CatalogueLoader.INDICATORS, "en: Mobility and regular migration", "en: Mobility and legal migration");
        assertThat(CatalogueLoader.load(copy).version()).isNotEqualTo(version);
    }

    @Test
    void aMisspeltKeyIsRefusedWithItsPath() throws IOException {
        edit(CatalogueLoader.INDICATORS, "    precedence: [worldbank-wdi, oc-maroc-mre]",
                "    precedance: [worldbank-wdi, oc-maroc-mre]");
        assertThat(problems()).containsExactly(copy + "/indicators.yaml: unknown key \"precedance\" at /indicators/0 "
                + "(a typo?)");
    }

    @Test
    void aMisspeltLanguageAndAnUnknownGradeAreRefused() throws IOException {
        edit(CatalogueLoader.INDICATORS, "fr: Mobilité et migration régulière", "fe: Mobilité et migration régulière");
        edit(CatalogueLoader.INDICATORS, "grade: not_comparable", "grade: incomparable");
        assertThat(problems()).containsExactlyInAnyOrder(
                copy + "/indicators.yaml: unknown key \"fe\" at /axes/0/labels (a typo?)",
                copy + "/indicators.yaml: /axes/0/labels: required property 'fr' not found",
                copy + "/indicators.yaml: /comparability/EMIG/sources/illustrative-ma-emigration/grade: does not have a "
                        + "value in the enumeration [\"comparable\", \"caveats\", \"not_comparable\"]");
    }

    @Test
    void aReferenceToNoAxisOrIndicatorIsRefused() throws IOException {
        edit(CatalogueLoader.INDICATORS, "    axis: DEVELOPMENT\n    sdg: \"10.c\"\n    unit: USD\n    negative: warned\n"
                + "    precedence: [worldbank-wdi, oc",
                "    axis: DEVELOPPEMENT\n    sdg: \"10.c\"\n    unit: USD\n    negative: warned\n"
                + "    precedence: [worldbank-wdi, oc");
        edit(CatalogueLoader.INDICATORS, "    mirror: REMIT_OUT", "    mirror: REMIT_OTU");
        assertThat(problems()).containsExactly(
                copy + "/indicators.yaml: /indicators/0/axis: \"DEVELOPPEMENT\" is no axis of the catalogue (a typo?)",
                copy + "/indicators.yaml: /comparability/REMIT_IN/mirror: \"REMIT_OTU\" is no indicator of the catalogue "
                        + "(a typo?)");
    }

    @Test
    void aMisspeltColumnOfTheAreasIsRefused() throws IOException {
        edit(CatalogueLoader.AREAS, "code,kind,iso2,iso3,m49,shore,", "code,kind,iso2,iso3,m49,shores,");
        assertThat(problems()).containsExactly(
                copy + "/areas.csv:1: unknown column \"shores\" (a typo?); the columns are "
                        + "code,kind,iso2,iso3,m49,shore,name_en,name_fr,name_ar,aliases",
                copy + "/areas.csv:1: missing column \"shore\"");
    }

    @Test
    void aBadRowOfTheAreasIsRefusedWithItsLineAndColumn() throws IOException {
        edit(CatalogueLoader.AREAS, "MAR,country,MA,MAR,504,S,", "MAR,contry,MA,MAR,504,S,");
        edit(CatalogueLoader.AREAS, "TUN,country,TN,TUN,788,S,", "TUN,country,TN,TUN,78,S,");
        edit(CatalogueLoader.AREAS, "\nESP,country,", "\nESP,country,ES,ESP,724,N,Spain,Espagne,,\nESP,country,");
        List<String> problems = problems();
        assertThat(problems).hasSize(4).allMatch(problem -> problem.startsWith(copy + "/areas.csv:"));
        assertThat(problems).anyMatch(p -> p.endsWith(":2: column name_ar: empty"))
                .anyMatch(p -> p.matches(".*:3: column code: \"ESP\" is listed twice"))
                .anyMatch(p -> p.matches(".*: column kind: \"contry\" is not one of country, other, group, route, "
                        + "publisher_aggregate \\(a typo\\?\\)"))
                .anyMatch(p -> p.matches(".*: column m49: \"78\" does not match \\[0-9\\]\\{3\\}"));
    }

    private List<String> problems() {
        return catchThrowableOfType(CatalogueException.class, () -> CatalogueLoader.load(copy)).problems();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("%s holds the text to edit", file).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }
}
