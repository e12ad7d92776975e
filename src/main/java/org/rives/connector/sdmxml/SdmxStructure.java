package org.rives.connector.sdmxml;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.rives.connector.FeedFormatException;
import org.rives.connector.sdmxml.SdmxMlOptions.Flow;

/**
 * What a data message means, read from the dataflow's structure message (SDMX-ML 2.1, as a service answers
 * {@code dataflow/...?references=all}): the dimensions in key order, the time dimension, the primary measure,
 * the attributes, and the codes each coded component allows, from the codelists the message carries.
 *
 * @param dimensions  the non-time dimensions, in the order of the series key
 * @param codes       allowed codes by component id; a component whose codelist the message does not carry
 *                    is absent (its codes are then not checked)
 */
record SdmxStructure(String id, List<String> dimensions, String time, String measure, List<String> attributes,
                     Map<String, Set<String>> codes) {

    /** The dimensions, then the attributes: the columns a reader announces. */
    List<String> columns() {
        List<String> columns = new ArrayList<>(dimensions);
        columns.addAll(attributes);
        return columns;
    }

    /**
     * Reads the structure of {@code flow} from a structure message: the data structure its dataflow names,
     * or the only one in the message.
     */
    static SdmxStructure read(InputStream input, Flow flow) throws FeedFormatException {
        XMLStreamReader xml = SdmxXmlInput.open(input);
        try {
            Parse parse = new Parse(xml);
            parse.run();
            return parse.result(flow);
        } catch (XMLStreamException e) {
            throw SdmxXmlInput.translate(e);
        }
    }

    /** One component of a data structure as the message declares it. */
    private static final class Component {
        final String kind;
        String id;
        String concept;
        int position = Integer.MAX_VALUE;
        String codelist;

        Component(String kind) {
            this.kind = kind;
        }

        String id() {
            return id != null ? id : concept;
        }
    }

    /** One data structure definition. */
    private static final class Dsd {
        final String agency;
        final String id;
        final List<Component> components = new ArrayList<>();

        Dsd(String agency, String id) {
            this.agency = agency;
            this.id = id;
        }
    }

    /** The walk through one structure message. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final List<Dsd> structures = new ArrayList<>();
        private final Map<String, Set<String>> codelists = new HashMap<>();
        private final Map<String, String> flowStructures = new HashMap<>();
        private final List<String> path = new ArrayList<>();
        private Dsd dsd;
        private Component component;
        private Set<String> codelist;
        private String flow;

        Parse(XMLStreamReader xml) {
            this.xml = xml;
        }

        void run() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                    path.add(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                    end(xml.getLocalName());
                }
            }
        }

        private void start(String name) {
            String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
            switch (name) {
                case "Codelist" -> {
                    codelist = new LinkedHashSet<>();
                    codelists.put(attr("id"), codelist);
                    codelists.put(attr("agencyID") + ":" + attr("id"), codelist);
                }
                case "Code" -> {
                    if (codelist != null && parent.equals("Codelist")) {
                        codelist.add(attr("id"));
                    }
                }
                case "Dataflow" -> flow = attr("agencyID") + ":" + attr("id");
                case "DataStructure" -> {
                    dsd = new Dsd(attr("agencyID"), attr("id"));
                    structures.add(dsd);
                }
                case "Dimension", "MeasureDimension", "TimeDimension", "Attribute", "PrimaryMeasure" -> {
                    // not the references to dimensions inside an attribute's relationship or a group
                    if (dsd != null && parent.endsWith("List")) {
                        component = new Component(name);
                        component.id = attr("id");
                        String position = attr("position");
                        component.position = position == null ? Integer.MAX_VALUE : Integer.parseInt(position);
                        dsd.components.add(component);
                    }
                }
                case "Ref" -> ref(parent);
                default -> {
                }
            }
        }

        private void ref(String parent) {
            if (component != null && parent.equals("ConceptIdentity")) {
                component.concept = attr("id");
            } else if (component != null && parent.equals("Enumeration")) {
                String agency = attr("agencyID");
                component.codelist = agency == null ? attr("id") : agency + ":" + attr("id");
            } else if (flow != null && dsd == null && parent.equals("Structure")) {
                flowStructures.put(flow, attr("agencyID") + ":" + attr("id"));
            }
        }

        private void end(String name) {
            switch (name) {
                case "Codelist" -> codelist = null;
                case "Dataflow" -> flow = null;
                case "DataStructure" -> dsd = null;
                case "Dimension", "MeasureDimension", "TimeDimension", "Attribute", "PrimaryMeasure" -> {
                    if (path.isEmpty() || path.get(path.size() - 1).endsWith("List")) {
                        component = null;
                    }
                }
                default -> {
                }
            }
        }

        private String attr(String name) {
            return xml.getAttributeValue(null, name);
        }

        SdmxStructure result(Flow wanted) throws FeedFormatException {
            String named = flowStructures.get(wanted.agency() + ":" + wanted.id());
            List<Dsd> candidates = structures.stream()
                    .filter(d -> named == null || named.equals(d.agency + ":" + d.id)).toList();
            if (candidates.size() != 1) {
                throw new FeedFormatException(0, 0, "the structure message has " + (candidates.isEmpty()
                        ? "no data structure" : candidates.size() + " data structures") + " for dataflow "
                        + wanted.reference() + (named == null ? "" : " (it names " + named + ")"));
            }
            return build(candidates.get(0));
        }

        private SdmxStructure build(Dsd chosen) throws FeedFormatException {
            List<String> dimensions = new ArrayList<>();
            List<String> attributes = new ArrayList<>();
            Map<String, Set<String>> codes = new HashMap<>();
            String time = null;
            String measure = "OBS_VALUE";
            List<Component> sorted = new ArrayList<>(chosen.components);
            sorted.sort(Comparator.comparingInt(c -> c.position)); // stable: attributes keep their order
            for (Component c : sorted) {
                switch (c.kind) {
                    case "TimeDimension" -> time = c.id();
                    case "PrimaryMeasure" -> measure = c.id();
                    case "Attribute" -> attributes.add(c.id());
                    default -> dimensions.add(c.id());
                }
                Set<String> allowed = c.codelist == null ? null : codelist(c.codelist);
                if (allowed != null) {
                    codes.put(c.id(), Set.copyOf(allowed));
                }
            }
            if (time == null) {
                throw new FeedFormatException(0, 0, "data structure " + chosen.agency + ":" + chosen.id
                        + " has no time dimension");
            }
            return new SdmxStructure(chosen.agency + ":" + chosen.id, List.copyOf(dimensions), time, measure,
                    List.copyOf(attributes), Map.copyOf(codes));
        }

        private Set<String> codelist(String reference) {
            Set<String> found = codelists.get(reference);
            if (found == null && reference.contains(":")) {
                found = codelists.get(reference.substring(reference.indexOf(':') + 1));
            }
            return found;
        }
    }
}
