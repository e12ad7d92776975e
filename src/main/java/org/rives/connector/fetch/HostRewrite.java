package org.rives.connector.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Publisher origins served from another address: {@code https://ec.europa.eu=http://127.0.0.1:8089/ec.europa.eu}
 * sends every request for Eurostat to a local server. Tests replay the publishers' recorded answers this way;
 * an installation behind a mirror can do the same. Reports and the fetch state keep the publisher's URL.
 *
 * @param rules origin prefix and its replacement, the first matching prefix wins
 */
public record HostRewrite(List<Rule> rules) {

    public static final HostRewrite NONE = new HostRewrite(List.of());

    /** One origin prefix and what replaces it. */
    public record Rule(String from, String to) {
    }

    public HostRewrite {
        rules = List.copyOf(rules);
    }

    /**
     * Parses entries of the form {@code FROM=TO}, such as {@code https://api.worldbank.org=http://127.0.0.1:8089}.
     *
     * @throws IllegalArgumentException for an entry without {@code =} or whose sides are not http(s) URLs
     */
    public static HostRewrite parse(List<String> entries) {
        List<Rule> rules = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            int equals = entry.indexOf('=');
            String from = equals < 0 ? "" : entry.substring(0, equals).strip();
            String to = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (!from.matches("https?://\\S+") || !to.matches("https?://\\S+")) {
                throw new IllegalArgumentException("a rewrite reads FROM=TO with two http(s) URLs, not \"" + entry + "\"");
            }
            rules.add(new Rule(stripSlash(from), stripSlash(to)));
        }
        return new HostRewrite(rules);
    }

    /** Where to send a request for {@code url}: the URL itself unless a rule's origin prefixes it. */
    public URI apply(URI url) {
        String text = url.toString();
        for (Rule rule : rules) {
            if (text.equals(rule.from) || text.startsWith(rule.from + "/") || text.startsWith(rule.from + "?")) {
                return URI.create(rule.to + text.substring(rule.from.length()));
            }
        }
        return url;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
