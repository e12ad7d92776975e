package org.rives.sdmx;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

import org.rives.sdmx.HarmonisedStructure.Attribute;
import org.rives.sdmx.HarmonisedStructure.Dimension;

/**
 * The XML schema of structure-specific data for a dataflow (or the structure) and one observation
 * dimension, derived as SDMX 2.1 prescribes: the data set, series and observation types restrict the
 * standard's base types, with one XML attribute per component, typed by its codelist's codes.
 * {@code schemaLocation} points at the standard's files by name, beside the schema.
 */
final class StructureSpecificSchema {

    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    private final Artefacts artefacts;
    private final String atObservation;
    private final boolean flat;
    private final boolean timeSeries;

    StructureSpecificSchema(Artefacts artefacts, String dimensionAtObservation) {
        this.artefacts = artefacts;
        this.atObservation = dimensionAtObservation;
        this.flat = DataRequest.ALL_DIMENSIONS.equals(dimensionAtObservation);
        this.timeSeries = HarmonisedStructure.TIME_PERIOD.equals(dimensionAtObservation);
    }

    void write(OutputStream stream, String targetNamespace) throws XMLStreamException {
        try (SdmxXml xml = new SdmxXml(stream)) {
            var out = xml.out;
            out.setPrefix("xs", XS);
            out.writeStartElement("xs", "schema", XS);
            out.writeNamespace("xs", XS);
            out.writeDefaultNamespace(targetNamespace);
            out.writeNamespace("common", SdmxXml.COMMON);
            out.writeNamespace("dsd", SdmxXml.SPECIFIC);
            out.writeAttribute("targetNamespace", targetNamespace);
            out.writeAttribute("elementFormDefault", "unqualified");
            out.writeAttribute("attributeFormDefault", "unqualified");
            importSchema(xml, SdmxXml.COMMON, "SDMXCommon.xsd");
            importSchema(xml, SdmxXml.SPECIFIC, "SDMXDataStructureSpecific.xsd");
            dataSetType(xml);
            if (!flat) {
                seriesType(xml);
            }
            observationType(xml);
            for (ItemScheme codelist : artefacts.codelists()) {
                codeType(xml, codelist);
            }
            out.writeEndElement();
        }
    }

    private void importSchema(SdmxXml xml, String namespace, String location) throws XMLStreamException {
        xml.out.writeEmptyElement(XS, "import");
        xml.out.writeAttribute("namespace", namespace);
        xml.out.writeAttribute("schemaLocation", location);
    }

    private void dataSetType(SdmxXml xml) throws XMLStreamException {
        startRestriction(xml, "DataSetType", "dsd:DataSetType");
        element(xml, "DataProvider", "common:DataProviderReferenceType", "0", "1");
        // Series (or flat observations) sit in a choice, as in the base type, for the restriction to map onto it.
        xml.out.writeStartElement(XS, "choice");
        xml.out.writeAttribute("minOccurs", "0");
        element(xml, flat ? "Obs" : "Series", flat ? "ObsType" : "SeriesType", "1", "unbounded");
        xml.end();
        xml.end();
        endRestriction(xml);
    }

    private void seriesType(SdmxXml xml) throws XMLStreamException {
        startRestriction(xml, "SeriesType", "dsd:SeriesType");
        element(xml, "Obs", "ObsType", "0", "unbounded");
        xml.end();
        for (Dimension dimension : HarmonisedStructure.DIMENSIONS) {
            if (!dimension.id().equals(atObservation)) {
                attribute(xml, dimension.id(), dimension.codelist(), "required");
            }
        }
        if (!timeSeries) {
            attribute(xml, HarmonisedStructure.TIME_PERIOD, "common:ObservationalTimePeriodType", "required");
        }
        attributes(xml, HarmonisedStructure.Level.SERIES, timeSeries);
        endRestriction(xml);
    }

    private void observationType(SdmxXml xml) throws XMLStreamException {
        startRestriction(xml, "ObsType", "dsd:ObsType");
        xml.end();
        for (Dimension dimension : HarmonisedStructure.DIMENSIONS) {
            if (flat || dimension.id().equals(atObservation)) {
                attribute(xml, dimension.id(), dimension.codelist(), "required");
            }
        }
        if (flat || timeSeries) {
            attribute(xml, HarmonisedStructure.TIME_PERIOD, "common:ObservationalTimePeriodType", "required");
        }
        attribute(xml, HarmonisedStructure.OBS_VALUE, "xs:double", "optional");
        attributes(xml, HarmonisedStructure.Level.OBSERVATION, true);
        attributes(xml, HarmonisedStructure.Level.SERIES, !timeSeries);
        endRestriction(xml);
    }

    private void attributes(SdmxXml xml, HarmonisedStructure.Level level, boolean here) throws XMLStreamException {
        if (!here) {
            return;
        }
        for (Attribute attribute : HarmonisedStructure.ATTRIBUTES) {
            if (attribute.level() == level) {
                String type = attribute.codelist() != null ? attribute.codelist()
                        : "Boolean".equals(attribute.textType()) ? "xs:boolean" : "xs:string";
                attribute(xml, attribute.id(), type, "optional");
            }
        }
    }

    /** Opens a complex type restricting a base type, and its sequence, which starts with the annotations. */
    private void startRestriction(SdmxXml xml, String name, String base) throws XMLStreamException {
        xml.out.writeStartElement(XS, "complexType");
        xml.out.writeAttribute("name", name);
        xml.out.writeStartElement(XS, "complexContent");
        xml.out.writeStartElement(XS, "restriction");
        xml.out.writeAttribute("base", base);
        xml.out.writeStartElement(XS, "sequence");
        xml.out.writeEmptyElement(XS, "element");
        xml.out.writeAttribute("ref", "common:Annotations");
        xml.out.writeAttribute("minOccurs", "0");
    }

    private void endRestriction(SdmxXml xml) throws XMLStreamException {
        xml.end();
        xml.end();
        xml.end();
    }

    private void element(SdmxXml xml, String name, String type, String min, String max) throws XMLStreamException {
        xml.out.writeEmptyElement(XS, "element");
        xml.out.writeAttribute("name", name);
        xml.out.writeAttribute("type", type);
        xml.out.writeAttribute("form", "unqualified");
        xml.out.writeAttribute("minOccurs", min);
        xml.out.writeAttribute("maxOccurs", max);
    }

    private void attribute(SdmxXml xml, String name, String type, String use) throws XMLStreamException {
        xml.out.writeEmptyElement(XS, "attribute");
        xml.out.writeAttribute("name", name);
        xml.out.writeAttribute("type", type);
        xml.out.writeAttribute("use", use);
    }

    private void codeType(SdmxXml xml, ItemScheme codelist) throws XMLStreamException {
        xml.out.writeStartElement(XS, "simpleType");
        xml.out.writeAttribute("name", codelist.ref().id());
        xml.out.writeStartElement(XS, "restriction");
        xml.out.writeAttribute("base", "common:IDType");
        for (Item item : codelist.items()) {
            xml.out.writeEmptyElement(XS, "enumeration");
            xml.out.writeAttribute("value", item.id());
        }
        xml.end();
        xml.end();
    }
}
