package org.rives.access;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds a token in a URL's query string. Tokens belong in the Authorization header: a URL is kept in
 * browser history, proxy and server access logs and Referer headers, so a token sent there is refused
 * (and should be revoked), never used.
 */
final class LeakedTokens {

    /** What was found: a Rives token (with its id, to revoke) or a parameter meant to carry one. */
    record Leak(String parameter, String tokenId) {
    }

    private static final Set<String> TOKEN_PARAMETERS = Set.of("token", "access_token", "accesstoken", "api_key",
            "apikey", "auth", "auth_token", "authorization", "bearer", "write_token", "rives_token", "password");

    private LeakedTokens() {
    }

    static Optional<Leak> find(String query, String legacyToken) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            // Every request passes here: the pattern runs only on a value holding a token's prefix.
            Matcher rives = value.contains(TokenSecrets.PREFIX) ? TokenSecrets.ANYWHERE.matcher(value) : null;
            if (rives != null && rives.find()) {
                return Optional.of(new Leak(name, rives.group(1)));
            }
            if (TOKEN_PARAMETERS.contains(name)
                    || (legacyToken != null && !value.isEmpty() && TokenSecrets.sameSecret(value, legacyToken))) {
                return Optional.of(new Leak(name, null));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
