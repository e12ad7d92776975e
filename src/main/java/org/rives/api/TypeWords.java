package org.rives.api;

import java.util.Arrays;
import java.util.List;

/** What a parameter of a Java type accepts, in words a caller reads: "a whole number", "true" or "false". */
final class TypeWords {

    private TypeWords() {
    }

    static List<String> accepted(Class<?> type) {
        if (type == null) {
            return List.of("a valid value");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return List.of("a whole number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of("true", "false");
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        return List.of("a " + type.getSimpleName().toLowerCase());
    }
}
