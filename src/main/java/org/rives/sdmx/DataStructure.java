package org.rives.sdmx;

import java.util.Map;

/** The harmonised data structure definition as an artefact; its components are {@link HarmonisedStructure}'s. */
record DataStructure(ArtefactRef ref, Map<String, String> names) implements Artefact {
}
