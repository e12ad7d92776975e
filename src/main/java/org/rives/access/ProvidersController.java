package org.rives.access;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Providers over HTTP, for admin tokens ({@code PUT} and {@code DELETE /api/providers/{id}}); a provider
 * token reads its own entry. Tokens themselves are created and revoked on the command line only.
 */
@RestController
class ProvidersController {

    /** What {@code PUT} takes: the provider's name and its connectors (ids or patterns). */
    record ProviderBody(String name, List<String> connectors) {
    }

    private final AccessAdmin admin;

    ProvidersController(AccessAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/api/providers")
    List<Provider> providers(Caller caller) {
        return admin.providers().stream().filter(p -> caller.isAdmin() || p.id().equals(caller.providerId())).toList();
    }

    @PutMapping("/api/providers/{id}")
    ResponseEntity<Provider> put(Caller caller, @PathVariable String id, @RequestBody ProviderBody body) {
        requireAdmin(caller);
        Provider provider = new Provider(id, body.name(), body.connectors());
        boolean created = admin.putProvider(provider);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(provider);
    }

    @DeleteMapping("/api/providers/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        requireAdmin(caller);
        if (!admin.removeProvider(id)) {
            throw new NoSuchElementException("no provider " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw AccessException.forbidden(caller.describe() + " is a provider token; managing providers takes an "
                    + "admin token");
        }
    }
}
