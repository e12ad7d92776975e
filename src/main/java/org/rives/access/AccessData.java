package org.rives.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The providers and tokens of one installation: the content of the access file. */
public record AccessData(List<Provider> providers, List<IssuedToken> tokens) {

    static final AccessData EMPTY = new AccessData(List.of(), List.of());

    public AccessData {
        providers = providers == null ? List.of() : List.copyOf(providers);
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    public Optional<Provider> provider(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<IssuedToken> token(String id) {
        return tokens.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Whether any token could be used now (uploads are off while none can). */
    boolean anyActive(Instant now) {
        return tokens.stream().anyMatch(t -> t.status(now) == IssuedToken.Status.ACTIVE);
    }

    AccessData withProvider(Provider provider) {
        List<Provider> next = new ArrayList<>(providers);
        next.removeIf(p -> p.id().equals(provider.id()));
        next.add(provider);
        next.sort((a, b) -> a.id().compareTo(b.id()));
        return new AccessData(next, tokens);
    }

    /** Without the provider; its tokens are revoked, not deleted, so the audit still names them. */
    AccessData withoutProvider(String id, Instant now) {
        List<Provider> next = new ArrayList<>(providers);
        next.removeIf(p -> p.id().equals(id));
        return new AccessData(next, tokens.stream()
                .map(t -> id.equals(t.provider()) && t.revokedAt() == null ? t.revoked(now) : t).toList());
    }

    AccessData withToken(IssuedToken token) {
        List<IssuedToken> next = new ArrayList<>(tokens);
        next.add(token);
        return new AccessData(providers, next);
    }

    AccessData withRevoked(String id, Instant now) {
        return new AccessData(providers, tokens.stream().map(t -> t.id().equals(id) ? t.revoked(now) : t).toList());
    }
}
