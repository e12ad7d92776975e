package org.rives.compare;

import java.time.Instant;

/**
 * A checked request for a mirror table: the reporter's figure for {@code indicator} towards the
 * partner, beside the partner's figure for the mirror indicator towards the reporter.
 *
 * @param currency USD, EUR or native; null shows money in US dollars, so both sides read alike
 */
public record MirrorRequest(String indicator, String reporter, String partner, Frequency freq, String from, String to,
                            String currency, Instant asOf, String language) {
}
