package org.rives.store;

import org.rives.connector.ConnectorDefinition;
import org.rives.harmonise.CanonicalHash;
import org.rives.harmonise.Catalogue;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a file is read with, as two SHA-256: the connector's definition and the catalogue. The same
 * bytes read with the same of both give the same figures, so only then is a reload "unchanged".
 *
 * <p>The connector is hashed as parsed: the definition record the load uses, turned back into a tree
 * (its {@code origin}, where the file lies, left out) and hashed in canonical form ({@link CanonicalHash}).
 * Comments, whitespace, key order and quoting in the YAML do not count; any change of meaning does,
 * including a title or provenance edit (a re-read then finds every figure unchanged). The catalogue
 * brings its own version, the hash of its files' canonical content.
 *
 * @param connector the connector definition's hash; null for loads recorded before hashes were
 * @param catalogue the catalogue's version; null likewise
 */
record DefinitionHash(String connector, String catalogue) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static DefinitionHash of(ConnectorDefinition definition, Catalogue catalogue) {
        ObjectNode tree = JSON.valueToTree(definition);
        tree.remove("origin");
        return new DefinitionHash(CanonicalHash.of(tree), catalogue.version());
    }

    /**
     * Why bytes read with {@code earlier}, by load {@code loadId}, must be read again with this
     * definition; null when they need not.
     */
    String changedSince(DefinitionHash earlier, int loadId) {
        if (earlier.connector() == null || earlier.catalogue() == null) {
            return "load " + loadId + " recorded no definition hash (it predates them)";
        }
        boolean connectorChanged = !connector.equals(earlier.connector());
        boolean catalogueChanged = !catalogue.equals(earlier.catalogue());
        if (connectorChanged && catalogueChanged) {
            return "the connector's definition and the catalogue changed since load " + loadId;
        }
        if (connectorChanged) {
            return "the connector's definition changed since load " + loadId;
        }
        return catalogueChanged ? "the catalogue changed since load " + loadId : null;
    }
}
