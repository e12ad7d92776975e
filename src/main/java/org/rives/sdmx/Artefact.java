package org.rives.sdmx;

import java.util.Map;

/** A maintainable artefact of the SDMX service: an item scheme, the data structure or a dataflow. */
sealed interface Artefact permits ItemScheme, Dataflow, DataStructure {

    ArtefactRef ref();

    Map<String, String> names();
}
