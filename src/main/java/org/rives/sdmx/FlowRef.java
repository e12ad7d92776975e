package org.rives.sdmx;

/**
 * The dataflow of a data query as the URL gives it: {@code FLOW}, {@code AGENCY,FLOW} or
 * {@code AGENCY,FLOW,VERSION}, with {@code all} and {@code latest} where an agency or a version is left open.
 */
record FlowRef(String agency, String id, String version) {

    static FlowRef parse(String text) {
        String[] parts = text.split(",", -1);
        for (String part : parts) {
            if (!part.matches("[A-Za-z0-9_@$\\-.]+")) {
                throw SdmxException.syntax("dataflow reference \"" + text
                        + "\" is not FLOW, AGENCY,FLOW or AGENCY,FLOW,VERSION");
            }
        }
        return switch (parts.length) {
            case 1 -> new FlowRef("all", parts[0], "latest");
            case 2 -> new FlowRef(parts[0], parts[1], "latest");
            case 3 -> new FlowRef(parts[0], parts[1], parts[2]);
            default -> throw SdmxException.syntax("dataflow reference \"" + text
                    + "\" has more than three parts (AGENCY,FLOW,VERSION)");
        };
    }

    boolean matches(ArtefactRef ref) {
        return ("all".equals(agency) || agency.equals(ref.agency())) && id.equals(ref.id())
                && ("latest".equals(version) || "all".equals(version) || version.equals(ref.version()));
    }
}
