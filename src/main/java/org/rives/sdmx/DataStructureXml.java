package org.rives.sdmx;

import javax.xml.stream.XMLStreamException;

import org.rives.sdmx.HarmonisedStructure.Attribute;
import org.rives.sdmx.HarmonisedStructure.Dimension;

/**
 * The components of the harmonised data structure in SDMX-ML 2.1: the dimensions each coded by a
 * codelist, the time dimension, the attributes with what they are attached to, and the measure.
 */
final class DataStructureXml {

    private static final ArtefactRef DSD = HarmonisedStructure.DSD;

    private DataStructureXml() {
    }

    static void components(SdmxXml xml) throws XMLStreamException {
        xml.out.writeStartElement(SdmxXml.STRUCTURE, "DataStructureComponents");
        dimensions(xml);
        attributes(xml);
        xml.out.writeStartElement(SdmxXml.STRUCTURE, "MeasureList");
        descriptor(xml, "MeasureDescriptor");
        component(xml, "PrimaryMeasure", HarmonisedStructure.OBS_VALUE, -1);
        textFormat(xml, "Double");
        xml.end();
        xml.end();
        xml.end();
    }

    private static void dimensions(SdmxXml xml) throws XMLStreamException {
        xml.out.writeStartElement(SdmxXml.STRUCTURE, "DimensionList");
        descriptor(xml, "DimensionDescriptor");
        int position = 1;
        for (Dimension dimension : HarmonisedStructure.DIMENSIONS) {
            component(xml, "Dimension", dimension.id(), position++);
            enumeration(xml, dimension.codelist());
            xml.end();
        }
        component(xml, "TimeDimension", HarmonisedStructure.TIME_PERIOD, position);
        textFormat(xml, "ObservationalTimePeriod");
        xml.end();
        xml.end();
    }

    private static void attributes(SdmxXml xml) throws XMLStreamException {
        xml.out.writeStartElement(SdmxXml.STRUCTURE, "AttributeList");
        descriptor(xml, "AttributeDescriptor");
        for (Attribute attribute : HarmonisedStructure.ATTRIBUTES) {
            xml.out.writeStartElement(SdmxXml.STRUCTURE, "Attribute");
            xml.out.writeAttribute("id", attribute.id());
            xml.out.writeAttribute("urn", componentUrn("DataAttribute", attribute.id()));
            xml.out.writeAttribute("assignmentStatus", attribute.mandatory() ? "Mandatory" : "Conditional");
            conceptIdentity(xml, attribute.id());
            if (attribute.codelist() != null) {
                representation(xml, attribute.codelist(), null);
            } else {
                representation(xml, null, attribute.textType());
            }
            relationship(xml, attribute);
            xml.end();
        }
        xml.end();
    }

    private static void relationship(SdmxXml xml, Attribute attribute) throws XMLStreamException {
        xml.out.writeStartElement(SdmxXml.STRUCTURE, "AttributeRelationship");
        if (attribute.level() == HarmonisedStructure.Level.OBSERVATION) {
            xml.out.writeStartElement(SdmxXml.STRUCTURE, "PrimaryMeasure");
            localRef(xml, HarmonisedStructure.OBS_VALUE);
            xml.end();
        } else {
            for (Dimension dimension : HarmonisedStructure.DIMENSIONS) {
                xml.out.writeStartElement(SdmxXml.STRUCTURE, "Dimension");
                localRef(xml, dimension.id());
                xml.end();
            }
        }
        xml.end();
    }

    private static void descriptor(SdmxXml xml, String id) throws XMLStreamException {
        xml.out.writeAttribute("id", id);
        xml.out.writeAttribute("urn", componentUrn(id, id));
    }

    /** Opens a component element with its id, URN, position (when given) and concept. */
    private static void component(SdmxXml xml, String element, String id, int position) throws XMLStreamException {
        xml.out.writeStartElement(SdmxXml.STRUCTURE, element);
        xml.out.writeAttribute("id", id);
        xml.out.writeAttribute("urn", componentUrn(element, id));
        if (position > 0) {
            xml.out.writeAttribute("position", Integer.toString(position));
        }
        conceptIdentity(xml, id);
    }

    private static void conceptIdentity(SdmxXml xml, String concept) throws XMLStreamException {
        ArtefactRef scheme = HarmonisedStructure.CONCEPTS;
        xml.out.writeStartElement(SdmxXml.STRUCTURE, "ConceptIdentity");
        xml.out.writeEmptyElement("Ref");
        xml.out.writeAttribute("agencyID", scheme.agency());
        xml.out.writeAttribute("maintainableParentID", scheme.id());
        xml.out.writeAttribute("maintainableParentVersion", scheme.version());
        xml.out.writeAttribute("id", concept);
        xml.out.writeAttribute("package", "conceptscheme");
        xml.out.writeAttribute("class", "Concept");
        xml.end();
    }

    private static void enumeration(SdmxXml xml, String codelist) throws XMLStreamException {
        representation(xml, codelist, null);
    }

    private static void textFormat(SdmxXml xml, String textType) throws XMLStreamException {
        representation(xml, null, textType);
    }

    private static void representation(SdmxXml xml, String codelist, String textType) throws XMLStreamException {
        xml.out.writeStartElement(SdmxXml.STRUCTURE, "LocalRepresentation");
        if (codelist != null) {
            xml.out.writeStartElement(SdmxXml.STRUCTURE, "Enumeration");
            xml.ref(HarmonisedStructure.codelist(codelist));
            xml.end();
        } else {
            xml.out.writeEmptyElement(SdmxXml.STRUCTURE, "TextFormat");
            xml.out.writeAttribute("textType", textType);
        }
        xml.end();
    }

    private static void localRef(SdmxXml xml, String id) throws XMLStreamException {
        xml.out.writeEmptyElement("Ref");
        xml.out.writeAttribute("id", id);
    }

    private static String componentUrn(String type, String id) {
        return "urn:sdmx:org.sdmx.infomodel.datastructure." + type + "=" + DSD.agency() + ":" + DSD.id() + "("
                + DSD.version() + ")." + id;
    }
}
