package org.rives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rives.testing.TestStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words the pages show come in the pages' three languages: each indicator's label and definition and
 * each comparability note of the catalogue, each connector's title, publisher and licence, and the name of
 * every unit, multiplier and observation status the connectors can produce (static/codelists.json). A
 * publisher's name may be left in the publisher's own language only ({@code provenance.language}), never in
 * another one.
 */
class TranslationCoverageTest {

    static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    final JsonNode catalogue = yaml(TestStore.REPO.resolve("src/main/resources/catalogue/indicators.yaml"));
    final JsonNode codelists = json("/static/codelists.json");
    final List<JsonNode> connectors = connectors();

    @Test
    void catalogueSaysEveryLabelDefinitionAndNoteInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        catalogue.path("axes").forEach(axis -> missingLanguages(axis.path("labels"), "axis " + axis.path("code").asString(), missing));
        for (JsonNode indicator : catalogue.path("indicators")) {
            String code = indicator.path("code").asString();
            missingLanguages(indicator.path("labels"), code + " labels", missing);
            missingLanguages(indicator.path("definitions"), code + " definitions", missing);
        }
        catalogue.path("comparability").properties().forEach(entry -> {
            if (entry.getValue().has("notes")) {
                missingLanguages(entry.getValue().path("notes"), entry.getKey() + " notes", missing);
            }
            entry.getValue().path("sources").properties().forEach(source -> {
                if (source.getValue().has("caveat")) {
                    missingLanguages(source.getValue().path("caveat"), entry.getKey() + " " + source.getKey() + " caveat", missing);
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyConnectorGivesItsTitlePublisherAndLicenceInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (JsonNode connector : connectors) {
            String id = connector.path("id").asString();
            JsonNode provenance = connector.path("provenance");
            String own = provenance.path("language").asString("en");
            for (String lang : LANGUAGES) {
                boolean english = lang.equals("en");
                if (!english && provenance.path("titles").path(lang).asString("").isBlank()) {
                    missing.add(id + " title " + lang);
                }
                if (!english && provenance.path("licences").path(lang).asString("").isBlank()) {
                    missing.add(id + " licence " + lang);
                }
                if (!lang.equals(own) && provenance.path("publishers").path(lang).asString("").isBlank()) {
                    missing.add(id + " publisher " + lang);
                }
            }
        }
        assertThat(connectors).hasSizeGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyUnitMultiplierAndStatusTheConnectorsProduceHasANameInEveryLanguage() {
        TreeSet<String> units = new TreeSet<>(), multipliers = new TreeSet<>(), statuses = new TreeSet<>();
        catalogue.path("indicators").forEach(indicator -> units.add(indicator.path("unit").asString()));
        catalogue.path("currencies").properties().forEach(currency -> units.add(currency.getValue().asString()));
        for (JsonNode connector : connectors) {
            connector.path("indicators").forEach(rule -> {
                units.add(rule.path("unit").asString());
                if (rule.has("unitMult") && rule.path("unitMult").asInt() != 0) {
                    multipliers.add(rule.path("unitMult").asString());
                }
            });
            connector.path("flags").forEach(status -> statuses.add(status.asString()));
        }
        statuses.add("A");
        List<String> missing = new ArrayList<>();
        units.forEach(unit -> missingLanguages(codelists.path("units").path(unit), "unit " + unit, missing));
        multipliers.forEach(power -> missingLanguages(codelists.path("multipliers").path(power), "multiplier " + power, missing));
        statuses.forEach(status -> missingLanguages(codelists.path("statuses").path(status), "status " + status, missing));
        codelists.path("grades").properties().forEach(grade ->
                missingLanguages(grade.getValue(), "grade " + grade.getKey(), missing));
        assertThat(units).contains("PERS", "USD", "MAD");
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageBundleSaysEachOfItsWordsInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        Path resources = TestStore.REPO.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            List<Path> english = files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties"))
                    .filter(f -> !f.getFileName().toString().equals("application.properties")).sorted().toList();
            for (Path bundle : english) {
                Properties words = properties(bundle);
                for (String lang : LANGUAGES.subList(1, LANGUAGES.size())) {
                    Path translated = bundle.resolveSibling(bundle.getFileName().toString()
                            .replace(".properties", "_" + lang + ".properties"));
                    Properties translations = Files.exists(translated) ? properties(translated) : new Properties();
                    new TreeSet<>(words.stringPropertyNames()).stream()
                            .filter(key -> translations.getProperty(key, "").isBlank())
                            .forEach(key -> missing.add(resources.relativize(translated) + " " + key));
                }
            }
            assertThat(english).extracting(f -> f.getFileName().toString()).contains("text.properties", "labels.properties");
        }
        assertThat(missing).isEmpty();
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static void missingLanguages(JsonNode names, String what, List<String> missing) {
        for (String lang : LANGUAGES) {
            if (names.path(lang).asString("").isBlank()) {
                missing.add(what + " " + lang);
            }
        }
    }

    private static List<JsonNode> connectors() {
        try (Stream<Path> files = Files.list(TestStore.REPO.resolve("connectors"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().map(TranslationCoverageTest::yaml)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode yaml(Path file) {
        return new YAMLMapper().readTree(file.toFile());
    }

    private static JsonNode json(String resource) {
        try (InputStream in = TranslationCoverageTest.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
