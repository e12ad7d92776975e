package org.rives.system;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana {@code label_values} query) reads: what is left once
 * functions, labels, ranges and keywords go.
 */
final class PromQlNames {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*+");

    private PromQlNames() {
    }

    static Set<String> of(String expression) {
        String bare = expression
                .replaceAll("label_values\\(([^,)]*),[^)]*\\)", "$1")                    // Grafana's variable query
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")                          // strings
                .replaceAll("\\{[^}]*}", " ")                                          // label matchers
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ") // label lists
                .replaceAll("\\[[^]]*]", " ")                                          // ranges
                .replaceAll("\\$\\w+", " ")                                            // Grafana variables
                .replaceAll("\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?[smhdwy]?\\b", " ");     // numbers, durations
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            String word = matcher.group();
            int end = matcher.end();
            boolean isCall = bare.substring(end).stripLeading().startsWith("(");
            if (!isCall && !KEYWORDS.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }
}
