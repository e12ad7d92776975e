package org.rives.sdmx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rives.connector.ConnectorDefinition;
import org.rives.connector.ConnectorRegistry;
import org.rives.harmonise.Axis;
import org.rives.harmonise.Catalogue;
import org.rives.harmonise.Indicator;

/**
 * Builds the artefacts from the catalogue (indicators, areas, axes), the connectors (sources), the
 * labels of {@code sdmx/structure.yaml} and the codes the store holds. Built per request: the codelists
 * follow the store, so a code a new load brings is listed as soon as its figures are served.
 *
 * <p>The dataflows: one for everything ({@code DF_MIGRATION}, the flow Rives' SDMX-CSV names) and one per
 * axis of the 5+5 roadmap ({@code DF_DEVELOPMENT}, {@code DF_MOBILITY}...). Clients list flows as a
 * catalogue; a list of six topics reads like the committee page, where one flow per indicator would list
 * thirty-odd flows each with one constant dimension. All flows share the one structure.
 */
final class ArtefactFactory {

    static final String ALL_FLOW = "DF_MIGRATION";

    private final Catalogue catalogue;
    private final ConnectorRegistry connectors;
    private final SdmxRepository repository;
    private final StructureLabels labels;

    ArtefactFactory(Catalogue catalogue, ConnectorRegistry connectors, SdmxRepository repository,
                    StructureLabels labels) {
        this.catalogue = catalogue;
        this.connectors = connectors;
        this.repository = repository;
        this.labels = labels;
    }

    Artefacts build() {
        List<Item> sources = sources();
        return new Artefacts(agencies(), new ItemScheme(HarmonisedStructure.PROVIDERS,
                labels.codelistNames("CL_SOURCE"), sources, false), concepts(), codelists(sources),
                new DataStructure(HarmonisedStructure.DSD, labels.structureNames()), dataflows());
    }

    private ItemScheme agencies() {
        return new ItemScheme(HarmonisedStructure.AGENCIES, Map.of("en", "SDMX agency scheme"),
                List.of(new Item(labels.agencyId(), labels.agencyNames())), false);
    }

    private ItemScheme concepts() {
        List<Item> concepts = HarmonisedStructure.conceptIds().stream()
                .map(id -> new Item(id, labels.conceptNames(id))).toList();
        return new ItemScheme(HarmonisedStructure.CONCEPTS, Map.of("en", "Concepts of the harmonised model",
                "fr", "Concepts du modèle harmonisé", "ar", "مفاهيم النموذج الموحد"), concepts, false);
    }

    private List<ItemScheme> codelists(List<Item> sources) {
        Map<String, List<Item>> items = new LinkedHashMap<>();
        items.put("CL_FREQ", merge(labels.codes("CL_FREQ"), repository.codesOf("freq")));
        items.put("CL_INDICATOR", merge(indicators(), repository.codesOf("indicator")));
        Set<String> areas = new LinkedHashSet<>(repository.codesOf("ref_area"));
        areas.addAll(repository.codesOf("counterpart_area"));
        items.put("CL_AREA", merge(areas(), areas));
        items.put("CL_SEX", merge(labels.codes("CL_SEX"), repository.codesOf("sex")));
        items.put("CL_AGE", merge(labels.codes("CL_AGE"), repository.codesOf("age")));
        items.put("CL_BREAKDOWN", merge(labels.codes("CL_BREAKDOWN"), repository.codesOf("breakdown")));
        items.put("CL_SOURCE", sources);
        Set<String> units = new LinkedHashSet<>(repository.codesOf("unit"));
        catalogue.indicators().forEach(indicator -> units.add(indicator.unit()));
        items.put("CL_UNIT", merge(labels.codes("CL_UNIT"), units));
        items.put("CL_UNIT_MULT", merge(labels.codes("CL_UNIT_MULT"), repository.codesOf("unit_mult")));
        items.put("CL_OBS_STATUS", merge(labels.codes("CL_OBS_STATUS"), repository.statusCodes()));
        items.put("CL_COMPARABILITY", labels.codes("CL_COMPARABILITY"));
        List<ItemScheme> codelists = new ArrayList<>();
        items.forEach((id, codes) -> codelists.add(new ItemScheme(HarmonisedStructure.codelist(id),
                labels.codelistNames(id), codes, false)));
        return codelists;
    }

    private List<Item> indicators() {
        return catalogue.indicators().stream()
                .map(indicator -> new Item(indicator.code(), indicator.labels(), indicator.definitions())).toList();
    }

    private List<Item> areas() {
        List<Item> areas = new ArrayList<>(labels.codes("CL_AREA"));
        catalogue.areas().forEach(area -> areas.add(new Item(area.code(), withoutBlanks(area.names()))));
        return areas;
    }

    private List<Item> sources() {
        List<Item> sources = new ArrayList<>();
        for (ConnectorDefinition connector : connectors.all()) {
            Map<String, String> description = new LinkedHashMap<>();
            if (connector.provenance() != null) {
                description.put("en", String.join(", ", nonBlank(connector.provenance().publisher(),
                        connector.provenance().dataset(), connector.provenance().licence())));
            }
            sources.add(new Item(connector.id(), Map.of("en", connector.title() == null ? connector.id()
                    : connector.title()), description));
        }
        return merge(sources, repository.codesOf("source"));
    }

    /** The dataflows alone: they follow the catalogue, so they need no read of the store. */
    List<Dataflow> dataflows() {
        List<Dataflow> flows = new ArrayList<>();
        flows.add(new Dataflow(flowRef(ALL_FLOW), labels.dataflowNames(ALL_FLOW),
                labels.dataflowDescriptions(ALL_FLOW), Set.of()));
        for (Axis axis : catalogue.axes()) {
            Set<String> indicators = new LinkedHashSet<>();
            catalogue.indicators().stream().filter(i -> axis.code().equals(i.axis())).map(Indicator::code)
                    .forEach(indicators::add);
            if (!indicators.isEmpty()) {
                flows.add(new Dataflow(flowRef("DF_" + axis.code()), withoutBlanks(axis.labels()),
                        Map.of("en", "Indicators of the roadmap axis: " + String.join(", ", indicators)), indicators));
            }
        }
        return flows;
    }

    private static ArtefactRef flowRef(String id) {
        return new ArtefactRef(ArtefactType.DATAFLOW, HarmonisedStructure.AGENCY, id, HarmonisedStructure.VERSION);
    }

    /** The labelled items first, then every other code found, named by its code. */
    private static List<Item> merge(List<Item> known, Collection<String> codes) {
        List<Item> items = new ArrayList<>(known);
        Set<String> listed = new LinkedHashSet<>();
        known.forEach(item -> listed.add(item.id()));
        codes.stream().filter(code -> code != null && !listed.contains(code)).sorted()
                .forEach(code -> items.add(new Item(code, Map.of("en", code))));
        return items;
    }

    private static Map<String, String> withoutBlanks(Map<String, String> texts) {
        Map<String, String> kept = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language, text);
            }
        });
        return kept;
    }

    private static List<String> nonBlank(String... texts) {
        return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).toList();
    }
}
