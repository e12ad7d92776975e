package org.rives.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request normalised to what decides its answer: the path, the parameters by name (so their order in
 * the URL does not matter; the order of one name's values does) and the {@code Accept} header (content
 * negotiation). Its hash goes into the entity tag.
 */
record RequestKey(String text, boolean asOf) {

    static RequestKey of(HttpServletRequest request) {
        StringBuilder text = new StringBuilder(request.getRequestURI()).append('?');
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.forEach((name, values) -> {
            for (String value : values) {
                text.append(name).append('=').append(value).append('&');
            }
        });
        String accept = request.getHeader("Accept");
        text.append('\n').append(accept == null ? "" : accept.strip());
        String[] asOf = parameters.get("asOf");
        return new RequestKey(text.toString(), asOf != null && asOf.length > 0 && !asOf[0].isBlank());
    }

    /** Sixteen hex digits of the key's SHA-256: enough to tell apart the answers of one version. */
    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
