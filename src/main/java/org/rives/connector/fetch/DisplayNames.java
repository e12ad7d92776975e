package org.rives.connector.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a load report gives a fetched file, as the publisher would: the name it sends in
 * {@code Content-Disposition}, else the last segment of the URL's path when it is a file name, else the
 * dataset the path names after {@code data/} (SDMX and Eurostat paths end in a series key, not a name).
 */
public final class DisplayNames {

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_LIKE = Pattern.compile("[\\w.@()-]+\\.(csv|tsv|json|xlsx|xls|zip|gz|txt|xml)",
            Pattern.CASE_INSENSITIVE);

    private DisplayNames() {
    }

    /** The file name of a {@code Content-Disposition} header, or null. */
    static String fromContentDisposition(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = FILENAME.matcher(header);
        if (!matcher.find()) {
            return null;
        }
        String name = URLDecoder.decode(matcher.group(1).strip(), StandardCharsets.UTF_8);
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return last.isBlank() ? null : last;
    }

    /** A name for what {@code url} serves; {@code fallback} when the path names nothing. */
    public static String ofUrl(String url, String fallback) {
        String path = URI.create(url).getRawPath();
        List<String> segments = path == null ? List.of() : List.of(path.split("/")).stream()
                .filter(s -> !s.isEmpty()).map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
        if (segments.isEmpty()) {
            return fallback;
        }
        String last = segments.get(segments.size() - 1);
        if (FILE_LIKE.matcher(last).matches()) {
            return last;
        }
        int data = segments.lastIndexOf("data");
        if (data >= 0 && data + 1 < segments.size()) {
            int dataset = "dataflow".equals(segments.get(data + 1)) ? data + 3 : data + 1;
            return dataset < segments.size() ? segments.get(dataset) : last;
        }
        return last;
    }
}
