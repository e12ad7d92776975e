package org.rives.access;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An observatory or publisher that loads its own figures (HCP, Office des Changes, BCT, ANSADE, INE…),
 * and the connectors it owns, by id or pattern. Its tokens can write to those connectors and no other.
 *
 * @param id         short name used on the command line and in the audit ({@code hcp}, {@code oc-ma})
 * @param name       the institution's name as people write it
 * @param connectors connector ids or patterns ({@link ConnectorPatterns})
 */
public record Provider(String id, String name, List<String> connectors) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Provider {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a provider id is 1 to 40 lower-case letters, digits and hyphens "
                    + "(hcp, oc-ma, ine-es): \"" + id + "\"");
        }
        name = name == null || name.isBlank() ? id : name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("a provider's name is at most 200 characters");
        }
        connectors = ConnectorPatterns.checked(connectors);
    }

    public boolean owns(String connector) {
        return ConnectorPatterns.anyMatches(connectors, connector);
    }
}
