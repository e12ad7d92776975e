package org.rives.access;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Connector ids or patterns a provider owns ({@code hcp-ma-etrangers}, {@code oc-ma-*}): {@code *} stands
 * for any run of characters, {@code ?} for one; nothing else is special.
 */
public final class ConnectorPatterns {

    private static final Pattern VALID = Pattern.compile("[a-z0-9*?][a-z0-9*?._-]{0,79}");

    private ConnectorPatterns() {
    }

    /** The patterns, checked: lower-case ids, digits, {@code - _ .}, and the two wildcards. */
    public static List<String> checked(List<String> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalArgumentException("name at least one connector id or pattern (hcp-ma-etrangers, oc-ma-*)");
        }
        for (String pattern : patterns) {
            if (pattern == null || !VALID.matcher(pattern).matches()) {
                throw new IllegalArgumentException("\"" + pattern + "\" is not a connector id or pattern: lower-case "
                        + "letters, digits, - _ . and the wildcards * and ?");
            }
        }
        return List.copyOf(patterns);
    }

    public static boolean anyMatches(List<String> patterns, String connector) {
        return connector != null && patterns.stream().anyMatch(pattern -> matches(pattern, connector));
    }

    /** Glob match, iterative with one back-track point: linear in practice, never exponential. */
    static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
