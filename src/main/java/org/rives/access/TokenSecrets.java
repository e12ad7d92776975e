package org.rives.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens and their stored form. A token reads {@code rives_<id>_<secret>}: the id (10 base-32
 * characters) names the token in listings, the audit and revocation, and is not secret; the secret is
 * 32 bytes from {@link SecureRandom}, in hex. The prefix lets secret scanners recognise a leaked token.
 *
 * <p>Only {@code HMAC-SHA-256(salt, secret)} is kept, with a random 16-byte salt per token. A slow
 * password KDF (PBKDF2, bcrypt, Argon2) exists to make guessing a low-entropy password expensive; a
 * 256-bit random secret cannot be guessed however fast the hash, so a slow KDF would only spend CPU on
 * every request (a lever for anyone flooding the upload endpoint on a two-core server). The salt keeps
 * the stored hashes from being matched against any precomputed table or against each other.
 */
public final class TokenSecrets {

    /** A new token: the text given to its holder once, and what is stored of it. */
    public record Minted(String token, String id, String salt, String hash) {
    }

    static final String PREFIX = "rives_";
    private static final Pattern FORMAT = Pattern.compile("rives_([a-z2-7]{10})_([0-9a-f]{64})");
    /** Something that looks like one of our tokens anywhere in a text (a URL, say). */
    static final Pattern ANYWHERE = Pattern.compile("rives_([a-z2-7]{10})_[0-9a-f]{64}");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static Minted mint() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = BASE32[RANDOM.nextInt(BASE32.length)];
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String secretHex = HexFormat.of().formatHex(secret);
        String saltText = Base64.getEncoder().encodeToString(salt);
        return new Minted(PREFIX + new String(id) + "_" + secretHex, new String(id), saltText, hash(saltText, secretHex));
    }

    /** The id of a well-formed token, or empty: a malformed one is refused before any hashing. */
    public static Optional<String> idOf(String token) {
        Matcher matcher = FORMAT.matcher(token);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether the token's secret hashes to the stored hash, compared in constant time. */
    static boolean verify(String token, String salt, String storedHash) {
        Matcher matcher = FORMAT.matcher(token);
        String secret = matcher.matches() ? matcher.group(2) : "";
        byte[] computed = hash(salt, secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(computed, storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Compares a given secret with a configured one without leaking where they differ, or their lengths. */
    static boolean sameSecret(String given, String configured) {
        return MessageDigest.isEqual(sha256(given), sha256(configured));
    }

    static String hash(String salt, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(salt), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
