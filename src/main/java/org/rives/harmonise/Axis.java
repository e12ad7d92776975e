package org.rives.harmonise;

import java.util.Map;

/** An axis of the 5+5 roadmap on migration and development. */
public record Axis(String code, Map<String, String> labels) {
}
