package org.rives.sdmx;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

/**
 * Writes an SDMX-ML 2.1 structure message: the artefacts a structure query selected, each whole or as a
 * stub, grouped in the order the schema requires (organisation schemes, dataflows, codelists, concepts,
 * data structures).
 */
final class StructureMessageWriter {

    /** An artefact of the answer and how much of it to write. */
    record Entry(Artefact artefact, StructureDetail.Shape shape) {
    }

    private static final List<ArtefactType> ORDER = List.of(ArtefactType.AGENCY_SCHEME,
            ArtefactType.DATA_PROVIDER_SCHEME, ArtefactType.DATAFLOW, ArtefactType.CODELIST,
            ArtefactType.CONCEPT_SCHEME, ArtefactType.DATA_STRUCTURE);

    private StructureMessageWriter() {
    }

    static void write(OutputStream stream, List<Entry> entries) throws XMLStreamException {
        try (SdmxXml xml = new SdmxXml(stream)) {
            xml.startMessage("Structure", Map.of("str", SdmxXml.STRUCTURE, "com", SdmxXml.COMMON));
            xml.startHeader();
            xml.end();
            xml.out.writeStartElement(SdmxXml.MESSAGE, "Structures");
            String openSection = null;
            for (ArtefactType type : ORDER) {
                for (Entry entry : entries) {
                    if (entry.artefact().ref().type() != type) {
                        continue;
                    }
                    String section = section(type);
                    if (!section.equals(openSection)) {
                        if (openSection != null) {
                            xml.end();
                        }
                        xml.out.writeStartElement(SdmxXml.STRUCTURE, section);
                        openSection = section;
                    }
                    artefact(xml, entry);
                }
            }
            if (openSection != null) {
                xml.end();
            }
            xml.end();
            xml.end();
        }
    }

    private static String section(ArtefactType type) {
        return switch (type) {
            case AGENCY_SCHEME, DATA_PROVIDER_SCHEME -> "OrganisationSchemes";
            case DATAFLOW -> "Dataflows";
            case CODELIST -> "Codelists";
            case CONCEPT_SCHEME -> "Concepts";
            case DATA_STRUCTURE -> "DataStructures";
        };
    }

    private static void artefact(SdmxXml xml, Entry entry) throws XMLStreamException {
        Artefact artefact = entry.artefact();
        ArtefactRef ref = artefact.ref();
        xml.out.writeStartElement(SdmxXml.STRUCTURE, ref.type().urnClass());
        xml.out.writeAttribute("id", ref.id());
        xml.out.writeAttribute("urn", ref.urn());
        xml.out.writeAttribute("agencyID", ref.agency());
        xml.out.writeAttribute("version", ref.version());
        xml.out.writeAttribute("isFinal", "false");
        if (artefact instanceof ItemScheme scheme) {
            xml.out.writeAttribute("isPartial", Boolean.toString(scheme.partial()));
        }
        xml.localised("Name", artefact.names(), ref.id());
        if (entry.shape() != StructureDetail.Shape.STUB && artefact instanceof Dataflow flow) {
            xml.localised("Description", flow.descriptions(), null);
        }
        if (entry.shape() == StructureDetail.Shape.WHOLE) {
            body(xml, artefact);
        }
        xml.end();
    }

    private static void body(SdmxXml xml, Artefact artefact) throws XMLStreamException {
        if (artefact instanceof ItemScheme scheme) {
            items(xml, scheme);
        } else if (artefact instanceof Dataflow) {
            xml.out.writeStartElement(SdmxXml.STRUCTURE, "Structure");
            xml.ref(HarmonisedStructure.DSD);
            xml.end();
        } else {
            DataStructureXml.components(xml);
        }
    }

    private static void items(SdmxXml xml, ItemScheme scheme) throws XMLStreamException {
        ArtefactRef ref = scheme.ref();
        for (Item item : scheme.items()) {
            xml.out.writeStartElement(SdmxXml.STRUCTURE, ref.type().itemClass());
            xml.out.writeAttribute("id", item.id());
            xml.out.writeAttribute("urn", ref.itemUrn(item.id()));
            xml.localised("Name", item.names(), item.id());
            xml.localised("Description", item.descriptions(), null);
            xml.end();
        }
    }
}
